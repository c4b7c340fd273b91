//! Names the git commit in `powermap --version` (`0.1.0 (3a3cc9c)`), when the source is
//! a git checkout and git is there; otherwise (a tarball, no git) just the version.
//! Never fails the build.

use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let text = text.trim();
    (out.status.success() && !text.is_empty()).then(|| text.to_string())
}

fn main() {
    let version = env!("CARGO_PKG_VERSION");
    // Only this source's own repository: a tarball unpacked inside another repository
    // must not name that one's commit.
    let own = git(&["rev-parse", "--show-toplevel"]).and_then(|t| std::fs::canonicalize(t).ok())
        == std::env::var("CARGO_MANIFEST_DIR").ok().and_then(|d| std::fs::canonicalize(d).ok());
    let commit = if own { git(&["rev-parse", "--short", "HEAD"]) } else { None };
    let full = match &commit {
        Some(c) => format!("{version} ({c})"),
        None => version.to_string(),
    };
    println!("cargo:rustc-env=POWERMAP_VERSION={full}");
    // Built again when HEAD moves (a commit, a checkout), not on every build.
    // (Only files that exist: a missing one would run this script on every build.)
    let mut watch = vec![git(&["rev-parse", "--git-path", "HEAD"])];
    if let Some(r) = git(&["symbolic-ref", "-q", "HEAD"]) {
        watch.push(git(&["rev-parse", "--git-path", &r]));
        watch.push(git(&["rev-parse", "--git-path", "packed-refs"]));
    }
    for path in watch.into_iter().flatten().filter(|p| std::path::Path::new(p).exists()) {
        println!("cargo:rerun-if-changed={path}");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
