//! `powermap init`: starter spreadsheets that load cleanly, in either language, and
//! never over existing files.

use assert_cmd::Command;

fn powermap() -> Command {
    Command::cargo_bin("powermap").unwrap()
}

#[test]
fn starter_files_check_clean_in_both_languages() {
    for (lang, header) in [("zh", "\u{FEFF}编号,姓名,职务"), ("en", "\u{FEFF}id,name,title")] {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("acct");
        powermap().arg("init").arg(&target).args(["--lang", lang]).assert().success();
        let people = std::fs::read_to_string(target.join("people.csv")).unwrap();
        assert!(people.starts_with(header), "{people}");
        assert_eq!(people.lines().count(), 4);
        for f in ["ties.csv", "units.csv", "account.csv"] {
            assert!(target.join(f).is_file(), "{f}");
        }
        let out = powermap().arg("check").arg(&target).output().unwrap();
        assert!(out.status.success());
        assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn refuses_to_overwrite_anything() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("units.csv"), "my own units").unwrap();
    let out = powermap().arg("init").arg(dir.path()).args(["--lang", "en"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("units.csv already exists; nothing was written (remove it"), "{err}");
    // Chinese by default, Traditional when asked.
    let out = powermap()
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .arg("init")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("units.csv 已存在；没有写入任何文件"));
    let out = powermap().arg("init").arg(dir.path()).args(["--lang", "zh-Hant"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("units.csv 已存在；沒有寫入任何檔案"));
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, ["units.csv"]);
    assert_eq!(std::fs::read_to_string(dir.path().join("units.csv")).unwrap(), "my own units");
    // A second run over a complete set changes nothing either.
    let full = tempfile::tempdir().unwrap();
    powermap().arg("init").arg(full.path()).assert().success();
    let before = std::fs::read(full.path().join("people.csv")).unwrap();
    powermap().arg("init").arg(full.path()).args(["--lang", "en"]).assert().code(1);
    assert_eq!(std::fs::read(full.path().join("people.csv")).unwrap(), before);
}

#[test]
fn a_bad_language_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    powermap().arg("init").arg(dir.path()).args(["--lang", "fr"]).assert().code(2);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}
