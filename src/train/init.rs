//! Starter spreadsheets for a new map: `people.csv`, `ties.csv`, `units.csv` and
//! `account.csv` with headers in English or Chinese and two example rows each, which
//! load cleanly. Existing files are never overwritten.

use std::path::{Path, PathBuf};

use crate::vocab::Lang;

/// The byte-order mark Excel needs to read UTF-8 Chinese correctly; powermap skips it.
const BOM: &str = "\u{FEFF}";

/// The starter files: (file name, contents), in the order written.
pub fn starter_files(lang: Lang) -> [(&'static str, String); 4] {
    let (people, ties, units, account) = match lang {
        Lang::Zh | Lang::ZhHant => (
            "编号,姓名,职务,部门,阵营,级别,角色,立场,倾向,关系,专长,风格,创新态度,利益,备注,上级\n\
             zhang,张总,总经理,company,客户,1,批准者,中立,,认识,业务型,独断,务实者,产品价格、上级肯定,示例行：换成你的客户,\n\
             li,李工,设备部主管,equipment,客户,,决策者、评估者,支持,,交往,技术型,民主,创新者,产品质量、成就感,示例行：换成你的客户,zhang\n\
             me,我,客户经理,,我方,,,,,,,,,,示例行：我方的人（你或同事），引荐路径从这里出发,\n",
            "起点,终点,类型,强度,虚线,备注\n\
             li,zhang,影响,3,,示例：技术意见\n\
             zhang,li,认识,2,,示例：多年同事\n\
             me,zhang,认识,2,,示例：我方与张总相识\n",
            "编号,名称,上级,类型\n\
             company,客户公司,,\n\
             equipment,设备部,company,部门\n",
            "字段,值\n\
             客户,示例客户公司\n\
             项目,示例采购项目\n\
             竞争对手,竞争对手A\n\
             治理结构,集权\n\
             采购占比,中\n",
        ),
        Lang::En => (
            "id,name,title,unit,side,level,roles,stance,favors,relationship,expertise,style,adaptability,interests,notes,reports_to\n\
             zhang,Mr. Zhang,General Manager,company,customer,1,approver,neutral,,acquainted,business,directive,pragmatist,price; recognition,Example row: replace with your customer,\n\
             li,Engineer Li,Head of Equipment,equipment,customer,,decision_maker; evaluator,supporter,,engaged,technical,consultative,innovator,quality; achievement,Example row: replace with your customer,zhang\n\
             me,Me,Account Manager,,ours,,,,,,,,,,Example row: our own side (you or a colleague); introduction routes start here,\n",
            "from,to,kind,strength,dotted,note\n\
             li,zhang,influences,3,,Example: technical advice\n\
             zhang,li,knows,2,,Example: colleagues for years\n\
             me,zhang,knows,2,,Example: we know Mr. Zhang\n",
            "id,name,parent,kind\n\
             company,Customer Co.,,\n\
             equipment,Equipment Dept.,company,department\n",
            "field,value\n\
             account,Example Customer Co.\n\
             opportunity,Example purchase\n\
             competitors,Competitor A\n\
             governance,centralized\n\
             purchase_share,normal\n",
        ),
    };
    [
        ("people.csv", format!("{BOM}{people}")),
        ("ties.csv", format!("{BOM}{ties}")),
        ("units.csv", format!("{BOM}{units}")),
        ("account.csv", format!("{BOM}{account}")),
    ]
}

/// Why the starter files were not written.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    /// Some of the files exist already; nothing was written.
    #[error("{} already exist(s); nothing was written (remove them or choose another directory)", list(.0))]
    Exists(Vec<PathBuf>),
    /// A directory or file could not be written.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// Why.
        source: std::io::Error,
    },
}

fn list(paths: &[PathBuf]) -> String {
    paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
}

/// Writes the starter files into `dir` (created if needed), each atomically. Every
/// target is checked first: if any exists, nothing is written. Returns the paths written.
pub fn write_starter(dir: &Path, lang: Lang) -> Result<Vec<PathBuf>, InitError> {
    let files = starter_files(lang);
    let existing: Vec<PathBuf> =
        files.iter().map(|(n, _)| dir.join(n)).filter(|p| p.symlink_metadata().is_ok()).collect();
    if !existing.is_empty() {
        return Err(InitError::Exists(existing));
    }
    std::fs::create_dir_all(dir).map_err(|e| InitError::Io { path: dir.display().to_string(), source: e })?;
    let mut written = Vec::new();
    for (name, text) in &files {
        let path = dir.join(name);
        crate::output::write_atomic(&path, text.as_bytes())
            .map_err(|e| InitError::Io { path: path.display().to_string(), source: e })?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{csv::CsvText, load_csv_texts};

    #[test]
    fn starter_files_load_cleanly_in_both_languages() {
        for lang in [Lang::Zh, Lang::En] {
            let f = starter_files(lang);
            let text =
                |i: usize| CsvText { name: f[i].0.to_string(), text: f[i].1.trim_start_matches(BOM).into() };
            let loaded = load_csv_texts(&text(0), Some(&text(2)), Some(&text(1))).unwrap();
            assert!(loaded.warnings.is_empty(), "{lang:?}: {:?}", loaded.warnings);
            assert_eq!(loaded.map.people.len(), 3);
            assert_eq!(loaded.map.ties.len(), 4, "three ties and one reports_to");
            // Our own side knows someone, so a first analysis finds routes at once.
            let g = crate::graph::OrgGraph::new(&loaded.map);
            let rep = crate::analysis::analyze(&g, &crate::analysis::AnalyzeOptions::default());
            assert!(!rep.paths.is_empty(), "{lang:?}: no route in the template");
            assert_eq!(loaded.map.units.len(), 2);
            for (name, body) in &f {
                assert!(body.starts_with(BOM) && body.lines().count() >= 3, "{name}");
            }
        }
    }

    #[test]
    fn refuses_to_overwrite_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("ties.csv"), "mine").unwrap();
        match write_starter(dir.path(), Lang::En) {
            Err(InitError::Exists(p)) => assert_eq!(p, vec![dir.path().join("ties.csv")]),
            other => panic!("{other:?}"),
        }
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert_eq!(std::fs::read_to_string(dir.path().join("ties.csv")).unwrap(), "mine");
    }
}
