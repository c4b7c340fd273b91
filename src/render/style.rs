//! The one place for how a diagram looks, whatever the format: stance colours (a
//! colour-blind-safe scale, always with a word too), role badges in the seed's notation,
//! relationship marks, line styles of each tie kind, the text of person boxes, the
//! legend, the font stack and text measurement.

use crate::i18n::{Msg, tr, tr_args};
use crate::model::{Map, Person, PersonIx};
use crate::render::escape::truncate;
use crate::vocab::{Lang, Relationship, Role, Side, Stance, Strength, TieKind, Vocab};

/// Fonts with Chinese glyphs first, so CJK names render everywhere.
pub const FONT_STACK: &str = "Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, PingFang SC, Source Han Sans SC, WenQuanYi Micro Hei, sans-serif";
/// The first font of the stack, for Graphviz (which takes one name).
pub const DOT_FONT: &str = "Noto Sans CJK SC";
/// Widest title shown in a box, in ems; longer titles are cut with `…`.
pub const TITLE_EM: f64 = 16.0;
/// Widest name shown in a box, in ems.
pub const NAME_EM: f64 = 16.0;

/// Width of one character in ems: CJK and full-width forms one em, Latin about 0.55.
pub fn char_em(c: char) -> f64 {
    if crate::model::is_cjk(c) || matches!(c, '※' | '★' | '…' | '—') {
        1.0
    } else if matches!(c, 'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | ' ' | '(' | ')') {
        0.3
    } else if c.is_ascii_uppercase() || matches!(c, 'm' | 'w' | 'M' | 'W' | '@') {
        0.7
    } else {
        0.55
    }
}

/// Width of a line of text in ems. O(n).
pub fn text_em(s: &str) -> f64 {
    s.chars().map(char_em).sum()
}

/// Fill colour of a stance (light shades, so black text stays readable).
/// Green for champion and supporter, grey for neutral and unknown, orange for skeptic,
/// red-orange (vermillion) for opponent.
pub fn stance_fill(s: Stance) -> &'static str {
    match s {
        Stance::Champion => "#4dac26",
        Stance::Supporter => "#b8e186",
        Stance::Neutral => "#d9d9d9",
        Stance::Unknown => "#f4f4f4",
        Stance::Skeptic => "#fdb863",
        Stance::Opponent => "#e66101",
    }
}

/// The text mark of a stance, so colour is never the only carrier: `++ + 0 − −− ?`.
pub fn stance_mark(s: Stance) -> &'static str {
    match s {
        Stance::Champion => "++",
        Stance::Supporter => "+",
        Stance::Neutral => "0",
        Stance::Skeptic => "−",
        Stance::Opponent => "−−",
        Stance::Unknown => "?",
    }
}

/// Colour of our own people's boxes (not a stance).
pub const OURS_FILL: &str = "#cfe2f3";
/// Colour of partners' and competitors' boxes.
pub const OTHER_SIDE_FILL: &str = "#ffffff";
/// Highlight colour: top decision-maker candidates and the coach path (blue, Okabe–Ito).
pub const HIGHLIGHT: &str = "#0072b2";
/// Colour of reporting lines.
pub const REPORT_COLOR: &str = "#404040";
/// Colour of influence arrows (reddish purple, Okabe–Ito).
pub const INFLUENCE_COLOR: &str = "#8e3b8a";
/// Colour of knows ties (sky blue, Okabe–Ito).
pub const KNOWS_COLOR: &str = "#3a9bd9";
/// Colour of conflict ties (vermillion, Okabe–Ito).
pub const CONFLICT_COLOR: &str = "#d55e00";
/// Colour of unit group borders.
pub const UNIT_BORDER: &str = "#8c8c8c";

/// Fill of a person's box.
pub fn person_fill(p: &Person) -> &'static str {
    match p.side {
        Side::Customer => stance_fill(p.stance),
        Side::Ours => OURS_FILL,
        Side::Partner | Side::Competitor => OTHER_SIDE_FILL,
    }
}

/// Border width of a person's box, growing with our relationship stage 0…4.
pub fn relationship_width(r: Relationship) -> f64 {
    1.0 + f64::from(r.value()) * 0.75
}

/// Line width of an influence arrow by strength.
pub fn strength_width(s: Strength) -> f64 {
    match s {
        Strength::Weak => 1.0,
        Strength::Medium => 1.8,
        Strength::Strong => 2.8,
    }
}

/// The role badges of a person: the seed's symbols (※ + = -) for the four classic roles,
/// words for the others, in the order written.
pub fn role_badges(p: &Person, lang: Lang) -> String {
    let parts: Vec<String> = p
        .roles
        .iter()
        .map(|r| r.symbol().map(str::to_string).unwrap_or_else(|| r.label(lang).to_string()))
        .collect();
    parts.join(" ")
}

/// The third line of a person's box: role badges, stance word with its mark, and our
/// relationship stage (`R0`…`R4` / `关系0`…`关系4`).
pub fn badge_line(p: &Person, lang: Lang) -> String {
    let mut parts = Vec::new();
    let roles = role_badges(p, lang);
    if !roles.is_empty() {
        parts.push(roles);
    }
    match p.side {
        Side::Customer => {
            parts.push(format!("[{} {}]", stance_mark(p.stance), p.stance.label(lang)));
            parts.push(tr_args(lang, "diagram-badge-stage", &[("stage", p.relationship.value().into())]));
        }
        side => parts.push(format!("[{}]", side.label(lang))),
    }
    parts.join(" ")
}

/// The lines of text in a person's box: name (with the top-candidate rank if any),
/// title (cut to [`TITLE_EM`]), badges. Unescaped; each format escapes them.
pub fn person_lines(map: &Map, p: PersonIx, top_rank: Option<usize>, lang: Lang) -> Vec<String> {
    let person = &map.people[p];
    let mut name = truncate(person.display_name(), NAME_EM);
    if let Some(r) = top_rank {
        name = format!("★{} {name}", r + 1);
    }
    let mut lines = vec![name];
    if let Some(t) = person.title.as_deref().filter(|t| !t.trim().is_empty()) {
        lines.push(truncate(t, TITLE_EM));
    }
    lines.push(badge_line(person, lang));
    lines
}

/// How a tie kind is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// A solid line (reporting).
    Solid,
    /// A dotted line (dotted-line reporting).
    Dotted,
    /// A dashed line (influence).
    Dashed,
}

/// Line style, colour and whether an arrowhead is drawn, for a tie.
pub fn tie_look(kind: TieKind, dotted: bool) -> (LineKind, &'static str, bool) {
    match kind {
        TieKind::ReportsTo if dotted => (LineKind::Dotted, REPORT_COLOR, false),
        TieKind::ReportsTo => (LineKind::Solid, REPORT_COLOR, false),
        TieKind::Influences => (LineKind::Dashed, INFLUENCE_COLOR, true),
        TieKind::Knows => (LineKind::Solid, KNOWS_COLOR, false),
        TieKind::Conflict => (LineKind::Solid, CONFLICT_COLOR, false),
    }
}

/// Words the diagrams print themselves (legend, group labels), from the catalogs.
pub fn word(key: Word, lang: Lang) -> String {
    tr(lang, key.key())
}

/// Keys for [`word`]: each names one catalog message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Word {
    Legend,
    Stance,
    Roles,
    Relationship,
    ReportsTo,
    DottedReport,
    Influences,
    Knows,
    Conflict,
    Top,
    Path,
    Unreached,
    OurSide,
    Others,
    Empty,
}

impl Word {
    /// The catalog key of this word.
    pub fn key(self) -> &'static str {
        use Word::*;
        match self {
            Legend => "legend-title",
            Stance => "legend-stance",
            Roles => "legend-roles",
            Relationship => "legend-relationship",
            ReportsTo => "legend-reports-to",
            DottedReport => "legend-dotted-report",
            Influences => "legend-influences",
            Knows => "legend-knows",
            Conflict => "legend-conflict",
            Top => "legend-top",
            Path => "legend-path",
            Unreached => "legend-unreached",
            OurSide => "diagram-our-side",
            Others => "diagram-others",
            Empty => "diagram-empty",
        }
    }
}

/// The tooltip of a tie: its people, its kind in the diagram's language, and its note.
pub fn tie_tooltip(map: &Map, tie: &crate::model::Tie, lang: Lang) -> String {
    let msg = Msg::new(if tie.note.is_some() { "diagram-tie-tooltip-note" } else { "diagram-tie-tooltip" })
        .arg("from", map.people[tie.from].display_name())
        .arg("to", map.people[tie.to].display_name())
        .arg("kind", tie.kind.term());
    match &tie.note {
        Some(n) => msg.arg("note", &**n).render(lang),
        None => msg.render(lang),
    }
}

/// The legend's stance entries: fill colour and label with its mark, champion first.
pub fn legend_stances(lang: Lang) -> Vec<(&'static str, String)> {
    Stance::ALL.iter().map(|&s| (stance_fill(s), format!("{} {}", stance_mark(s), s.label(lang)))).collect()
}

/// The legend's line entries that apply to a view: (line kind, colour, arrow, label).
pub fn legend_lines(kinds: &[TieKind], lang: Lang) -> Vec<(LineKind, &'static str, bool, String)> {
    let mut out = Vec::new();
    for &k in kinds {
        match k {
            TieKind::ReportsTo => {
                let (l, c, a) = tie_look(k, false);
                out.push((l, c, a, word(Word::ReportsTo, lang)));
                let (l, c, a) = tie_look(k, true);
                out.push((l, c, a, word(Word::DottedReport, lang)));
            }
            TieKind::Influences => {
                let (l, c, a) = tie_look(k, false);
                out.push((l, c, a, word(Word::Influences, lang)));
            }
            TieKind::Knows => {
                let (l, c, a) = tie_look(k, false);
                out.push((l, c, a, word(Word::Knows, lang)));
            }
            TieKind::Conflict => {
                let (l, c, a) = tie_look(k, false);
                out.push((l, c, a, word(Word::Conflict, lang)));
            }
        }
    }
    out
}

/// Does the person hold one of the roles that make a box stand out (approver, decision maker)?
pub fn is_deciding(p: &Person) -> bool {
    p.has_role(Role::Approver) || p.has_role(Role::DecisionMaker)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_is_one_em_latin_about_half() {
        assert_eq!(text_em("黄主任"), 3.0);
        let latin = text_em("engineer");
        assert!(latin > 3.0 && latin < 5.0, "{latin}");
    }

    #[test]
    fn badges_use_the_seed_notation_and_words() {
        let mut p = Person::new("x");
        p.roles = vec![Role::Approver, Role::DecisionMaker, Role::Gatekeeper];
        p.stance = Stance::Skeptic;
        p.relationship = Relationship::Engaged;
        assert_eq!(badge_line(&p, Lang::En), "※ + gatekeeper [− skeptic] R2");
        assert_eq!(badge_line(&p, Lang::Zh), "※ + 把关者 [− 不支持] 关系2");
        p.side = Side::Ours;
        assert_eq!(badge_line(&p, Lang::En), "※ + gatekeeper [ours]");
    }

    #[test]
    fn every_stance_has_a_distinct_colour_and_mark() {
        let fills: std::collections::BTreeSet<_> = Stance::ALL.iter().map(|&s| stance_fill(s)).collect();
        let marks: std::collections::BTreeSet<_> = Stance::ALL.iter().map(|&s| stance_mark(s)).collect();
        assert_eq!(fills.len(), Stance::ALL.len());
        assert_eq!(marks.len(), Stance::ALL.len());
    }
}
