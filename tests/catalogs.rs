//! The language catalogs (locales/*.ftl): each parses, each holds the same keys with the
//! same parameters, and every key is used by the code.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use powermap::i18n::{CATALOGS, Lang};
use powermap::vocab::*;

type Vars = BTreeSet<String>;

fn inline_vars(e: &ast::InlineExpression<&str>, out: &mut Vars) {
    use ast::InlineExpression as I;
    match e {
        I::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        I::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        I::TermReference { arguments: Some(arguments), .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        I::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

fn expr_vars(e: &ast::Expression<&str>, out: &mut Vars) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut Vars) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

/// Every message of a catalog with the parameters it uses.
fn messages(file: &str, text: &str) -> BTreeMap<String, Vars> {
    let res = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{file} does not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in &res.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = Vars::new();
                if let Some(v) = &m.value {
                    pattern_vars(v, &mut vars);
                }
                for a in &m.attributes {
                    pattern_vars(&a.value, &mut vars);
                }
                assert!(out.insert(m.id.name.to_string(), vars).is_none(), "{file}: {} twice", m.id.name);
            }
            ast::Entry::Junk { content } => panic!("{file}: cannot read {content:?}"),
            _ => {}
        }
    }
    out
}

#[test]
fn every_language_has_the_same_keys_with_the_same_parameters() {
    let (_, en_file, en_text) = CATALOGS[0];
    let en = messages(en_file, en_text);
    assert!(en.len() > 50, "the English catalog looks empty");
    for (_, file, text) in &CATALOGS[1..] {
        let other = messages(file, text);
        let missing: Vec<&String> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<&String> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{file} lacks {missing:?}");
        assert!(extra.is_empty(), "{file} has keys English lacks: {extra:?}");
        for (k, vars) in &en {
            assert_eq!(vars, &other[k], "{file}: {k} takes other parameters than in {en_file}");
        }
    }
}

#[test]
fn every_language_is_compiled_in() {
    for l in Lang::ALL {
        assert!(CATALOGS.iter().any(|(c, _, _)| c == l), "{l:?} has no catalog");
    }
}

fn rust_sources(dir: &Path, out: &mut String) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push_str(&std::fs::read_to_string(&p).unwrap());
        }
    }
}

fn term_keys() -> BTreeSet<String> {
    fn add<V: Vocab>(out: &mut BTreeSet<String>) {
        out.insert(format!("vocab-{}", V::KEY));
        for v in V::ALL {
            out.insert(v.term().key());
        }
    }
    let mut out = BTreeSet::new();
    add::<Governance>(&mut out);
    add::<PurchaseShare>(&mut out);
    add::<UnitKind>(&mut out);
    add::<Side>(&mut out);
    add::<Role>(&mut out);
    add::<Stance>(&mut out);
    add::<Relationship>(&mut out);
    add::<Expertise>(&mut out);
    add::<Style>(&mut out);
    add::<Adaptability>(&mut out);
    add::<Contact>(&mut out);
    add::<Interest>(&mut out);
    add::<TieKind>(&mut out);
    add::<Strength>(&mut out);
    add::<Section>(&mut out);
    out
}

#[test]
fn every_key_is_used_and_every_value_has_a_label() {
    let (_, en_file, en_text) = CATALOGS[0];
    let en = messages(en_file, en_text);
    let terms = term_keys();
    for t in &terms {
        assert!(en.contains_key(t), "{en_file} has no label {t}");
    }
    let mut src = String::new();
    rust_sources(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")), &mut src);
    let unused: Vec<&String> =
        en.keys().filter(|k| !terms.contains(*k) && !src.contains(&format!("\"{k}\""))).collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");
}
