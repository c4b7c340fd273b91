//! Tolerant matching of people's and units' names as trainees write them: full-width
//! and half-width forms, case, titles and honorifics (黄主任 ≈ 黄, Director Huang ≈
//! Huang, Dr. Sarah Hale ≈ Hale), surnames (Chinese compound surnames included), and a
//! deterministic one-to-one assignment of the best-scoring pairs.

/// Titles written after a Chinese name (黄主任, 刘工, 赵总), longest first so that
/// 总经理 is stripped before 总.
const ZH_TITLES: &[&str] = &[
    "副总经理",
    "总工程师",
    "主任医师",
    "董事长",
    "总经理",
    "副总裁",
    "工程师",
    "护士长",
    "副院长",
    "副局长",
    "副主任",
    "副处长",
    "副部长",
    "副科长",
    "副行长",
    "总裁",
    "总监",
    "总工",
    "主任",
    "主管",
    "经理",
    "科长",
    "处长",
    "部长",
    "局长",
    "院长",
    "行长",
    "厂长",
    "所长",
    "书记",
    "主席",
    "教授",
    "博士",
    "医生",
    "大夫",
    "老师",
    "先生",
    "女士",
    "小姐",
    "领导",
    "负责人",
    "联系人",
    "总",
    "工",
    "董",
];

/// Words before a Chinese name (老王, 小李).
const ZH_PREFIXES: &[&str] = &["老", "小"];

/// Chinese compound surnames: the surname is their two characters, not the first one.
const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
    "令狐", "澹台", "轩辕", "端木", "南宫", "西门", "独孤", "钟离", "呼延", "申屠", "百里", "万俟", "司空",
];

/// Titles and honorifics in Latin script, compared after lower-casing and dropping dots.
const EN_TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "sir",
    "madam",
    "director",
    "engineer",
    "eng",
    "manager",
    "chief",
    "head",
    "president",
    "vp",
    "svp",
    "evp",
    "ceo",
    "cfo",
    "cio",
    "cto",
    "coo",
    "chairman",
    "chair",
    "deputy",
    "senior",
    "general",
    "officer",
    "section",
    "division",
    "department",
    "dept",
    "of",
    "the",
    "lead",
    "doctor",
    "nurse",
    "gm",
    "md",
    "phd",
    "jr",
    "sr",
];

/// A name taken apart for matching. Build once per name: O(length).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameKey {
    /// The whole text, folded (width, case), without bracketed asides and spaces.
    pub full: String,
    /// The Chinese part with titles stripped (黄主任 → 黄), if any Chinese was written.
    pub cjk: String,
    /// The Latin words with titles stripped (Dr. Sarah Hale → sarah, hale).
    pub latin: Vec<String>,
    /// The Chinese characters as written, titles kept (华北局领导).
    pub cjk_text: String,
    /// The Latin words, sorted (Huang Wei and Wei Huang are the same name).
    pub latin_sorted: Vec<String>,
}

/// Folds full-width forms to half-width, the ideographic space to a space, Traditional
/// characters to Simplified ones (黃 → 黄, see [`super::hanzi`]), and lower-cases.
/// O(length).
pub fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{3000}' => ' ',
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => super::hanzi::simplified(c),
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Removes bracketed asides: `（待查）`, `(TBD)`, `[?]`, after [`fold`]. O(length).
fn drop_asides(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' | '[' | '【' | '〔' => depth += 1,
            ')' | ']' | '】' | '〕' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn is_cjk_char(c: char) -> bool {
    crate::model::is_cjk(c) && c.is_alphabetic()
}

impl NameKey {
    /// Takes a name apart.
    pub fn new(name: &str) -> NameKey {
        let text = drop_asides(&fold(name));
        let full: String = text.chars().filter(|c| c.is_alphanumeric()).collect();
        let cjk_raw: String = text.chars().filter(|&c| is_cjk_char(c)).collect();
        let latin: Vec<String> = text
            .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
            .map(|w| w.trim_matches('\'').to_string())
            .filter(|w| !w.is_empty() && !EN_TITLES.contains(&w.as_str()))
            .collect();
        let mut latin_sorted = latin.clone();
        latin_sorted.sort();
        NameKey { full, cjk: strip_zh_titles(&cjk_raw), latin, cjk_text: cjk_raw, latin_sorted }
    }

    /// The Chinese surname: the first character, or two for a compound surname.
    pub fn surname(&self) -> &str {
        surname(&self.cjk)
    }
}

/// One language's half of a bilingual name written Chinese first (`黄主任 Director
/// Huang`, `华北局 North China Grid Bureau`); any other name as it is. O(length).
pub fn in_lang(name: &str, lang: crate::vocab::Lang) -> &str {
    let Some(i) = name.find(|c: char| c.is_ascii_alphabetic()) else { return name };
    let (zh, en) = (name[..i].trim(), name[i..].trim());
    if zh.is_empty() || !zh.chars().any(is_cjk_char) || en.chars().any(is_cjk_char) {
        return name;
    }
    // Either Chinese script takes the Chinese half (names are data, written once).
    if lang.is_chinese() { zh } else { en }
}

/// The surname of a Chinese name (given without titles).
pub fn surname(core: &str) -> &str {
    if let Some(s) = COMPOUND_SURNAMES.iter().find(|s| core.starts_with(**s)) {
        return &core[..s.len()];
    }
    match core.char_indices().nth(1) {
        Some((i, _)) => &core[..i],
        None => core,
    }
}

/// Strips titles after and prefixes before a Chinese name, keeping at least one
/// character (a name that is only a title, 主任, stays as written).
fn strip_zh_titles(s: &str) -> String {
    let mut core = s;
    loop {
        let before = core;
        if let Some(t) = ZH_TITLES.iter().find(|t| core.ends_with(**t) && core.len() > t.len()) {
            core = &core[..core.len() - t.len()];
        }
        if let Some(p) = ZH_PREFIXES.iter().find(|p| core.starts_with(**p) && core.chars().count() == 2) {
            core = &core[p.len()..];
        }
        if core == before {
            break;
        }
    }
    core.to_string()
}

/// How well two names match, 0 (not at all) to 1 (the same text). O(length²).
///
/// - 1.0: the same text after folding;
/// - 0.95: the same name once titles are stripped (黄主任 ≈ 黄工 ≈ 黄,
///   Director Huang ≈ Huang, Huang Wei ≈ Wei Huang);
/// - 0.8: one is the other's surname, or its Latin words stand for some of the other's
///   including the last (黄 ≈ 黄伟, Hale ≈ Sarah Hale, S. Hale ≈ Sarah Hale);
/// - 0.65: Latin words that stand for some of the other's but not the last (Sarah ≈
///   Sarah Hale, or a surname written first: Huang ≈ Huang Wei);
/// - 0.65: a Chinese text of three characters or more inside the other (局领导 ≈
///   华北局领导（待查）, for unnamed people);
/// - for Chinese descriptions of unnamed people (four characters or more on both sides,
///   招标中心联系人), the character-bigram similarity when at least 0.6, scaled by 0.7.
pub fn name_score(a: &NameKey, b: &NameKey) -> f64 {
    if !a.full.is_empty() && a.full == b.full {
        return 1.0;
    }
    let mut best: f64 = 0.0;
    if !a.cjk.is_empty() && !b.cjk.is_empty() {
        if a.cjk == b.cjk {
            best = best.max(0.95);
        } else {
            let (short, long) = if a.cjk.len() <= b.cjk.len() { (&a.cjk, &b.cjk) } else { (&b.cjk, &a.cjk) };
            if short == surname(long) {
                best = best.max(0.8);
            }
        }
    }
    if !a.latin.is_empty() && !b.latin.is_empty() {
        if a.latin_sorted == b.latin_sorted {
            best = best.max(0.95);
        } else {
            // Either side may hold the initials (S. Hale ≈ Sarah Hale).
            for (long, short) in [(a, b), (b, a)] {
                if let Some(last) = covers(&long.latin, &short.latin) {
                    best = best.max(if last { 0.8 } else { 0.65 });
                }
            }
        }
    }
    // A description of an unnamed person inside another (局领导 ≈ 华北局领导（待查）).
    {
        let (x, y) = (&a.cjk_text, &b.cjk_text);
        let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
        if short.chars().count() >= 3 && long.contains(short.as_str()) {
            best = best.max(0.65);
        }
    }
    if a.cjk.chars().count() >= 4 && b.cjk.chars().count() >= 4 {
        let d = dice(&a.cjk, &b.cjk);
        if d >= 0.6 {
            best = best.max(0.7 * d);
        }
    }
    best
}

/// Does every word of `short` stand for a different word of `long` (equal, or an
/// initial of it), with at least one full word equal? If so, is `long`'s last word
/// among them?
fn covers(long: &[String], short: &[String]) -> Option<bool> {
    let mut used = vec![false; long.len()];
    let mut full_word = false;
    for w in short {
        let hit = long
            .iter()
            .enumerate()
            .position(|(i, l)| !used[i] && (l == w || (is_initial(w) && l.starts_with(w.as_str()))));
        match hit {
            Some(i) => {
                used[i] = true;
                full_word |= long[i] == *w;
            }
            None => return None,
        }
    }
    full_word.then(|| used.last().copied().unwrap_or(false))
}

/// A word that may stand for a longer one: a single letter (S. ≈ Sarah), not a digit
/// (Person 1 is not Person 12).
pub fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_alphabetic())
}

/// The Sørensen–Dice similarity of the character bigrams of two texts, 0…1; a text of
/// one character is its own bigram. O(length²) (texts are short).
pub fn dice(a: &str, b: &str) -> f64 {
    let grams = |s: &str| -> Vec<(char, char)> {
        let cs: Vec<char> = s.chars().collect();
        match cs.len() {
            0 => Vec::new(),
            1 => vec![(cs[0], cs[0])],
            _ => cs.windows(2).map(|w| (w[0], w[1])).collect(),
        }
    };
    let ga = grams(a);
    let mut gb = grams(b);
    if ga.is_empty() || gb.is_empty() {
        return 0.0;
    }
    let total = ga.len() + gb.len();
    let mut common = 0usize;
    for g in &ga {
        if let Some(i) = gb.iter().position(|x| x == g) {
            gb.swap_remove(i);
            common += 1;
        }
    }
    2.0 * common as f64 / total as f64
}

/// How well two unit names match, 0…1: the same text after folding (1.0), one
/// containing the other (0.8: 调度中心 ≈ 网络调度中心), else bigram similarity when at
/// least 0.6, scaled by 0.8. O(length²).
pub fn unit_score(a: &str, b: &str) -> f64 {
    let (a, b) = (unit_norm(a), unit_norm(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    if a == b {
        return 1.0;
    }
    let (short, long) = if a.chars().count() <= b.chars().count() { (&a, &b) } else { (&b, &a) };
    if short.chars().count() >= 2 && long.contains(short.as_str()) {
        return 0.8;
    }
    let d = dice(&a, &b);
    if d >= 0.6 { 0.8 * d } else { 0.0 }
}

/// A unit's name as [`unit_score`] compares it: folded, asides and punctuation dropped.
/// O(length).
pub fn unit_norm(s: &str) -> String {
    drop_asides(&fold(s)).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The lowest score that counts as a match.
pub const MATCH_THRESHOLD: f64 = 0.6;

/// A one-to-one assignment of rows (key items) to columns (attempt items) from a score
/// for each pair: pairs at or above [`MATCH_THRESHOLD`] are taken greedily, best score
/// first, ties broken by row then column, so the result is deterministic. Returns, for
/// each row, its column. O(R·C·log(R·C)) for R rows and C columns.
pub fn assign(rows: usize, cols: usize, score: impl Fn(usize, usize) -> f64) -> Vec<Option<usize>> {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for r in 0..rows {
        for c in 0..cols {
            let s = score(r, c);
            if s >= MATCH_THRESHOLD {
                pairs.push((s, r, c));
            }
        }
    }
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut row_of = vec![None; rows];
    let mut col_used = vec![false; cols];
    for (_, r, c) in pairs {
        if row_of[r].is_none() && !col_used[c] {
            row_of[r] = Some(c);
            col_used[c] = true;
        }
    }
    row_of
}

/// [`assign`] over the pairs proposed (duplicates allowed) rather than every pair: the
/// same result as [`assign`] whenever every pair scoring at least [`MATCH_THRESHOLD`]
/// is proposed. O(P log P) for P pairs proposed.
pub fn assign_pairs(
    rows: usize,
    cols: usize,
    pairs: impl IntoIterator<Item = (usize, usize)>,
    score: impl Fn(usize, usize) -> f64,
) -> Vec<Option<usize>> {
    let mut proposed: Vec<(usize, usize)> =
        pairs.into_iter().filter(|&(r, c)| r < rows && c < cols).collect();
    proposed.sort_unstable();
    proposed.dedup();
    let mut scored: Vec<(f64, usize, usize)> = proposed
        .into_iter()
        .filter_map(|(r, c)| {
            let s = score(r, c);
            (s >= MATCH_THRESHOLD).then_some((s, r, c))
        })
        .collect();
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut row_of = vec![None; rows];
    let mut col_used = vec![false; cols];
    for (_, r, c) in scored {
        if row_of[r].is_none() && !col_used[c] {
            row_of[r] = Some(c);
            col_used[c] = true;
        }
    }
    row_of
}

/// The texts under which a key name is indexed: a pair of names can score above 0 in
/// [`name_score`] only if the attempt's [`query_tokens`] meet one of the key's (the
/// whole text, the Chinese core, the surname, the sorted Latin words, the Chinese
/// trigrams, and for four characters or more the Chinese bigrams), or their Latin words
/// meet (see `matching`). O(length).
pub fn key_tokens(k: &NameKey) -> Vec<String> {
    let mut t = shared_tokens(k);
    if !k.cjk.is_empty() {
        t.push(format!("S:{}", k.surname()));
    }
    t
}

/// The texts an attempt's name looks up in the index of [`key_tokens`]. O(length).
pub fn query_tokens(a: &NameKey) -> Vec<String> {
    let mut t = shared_tokens(a);
    if !a.cjk.is_empty() {
        // The attempt's name may be the key's surname (黄 ≈ 黄伟), or the key's the
        // attempt's (黄伟 ≈ 黄).
        t.push(format!("S:{}", a.cjk));
        t.push(format!("C:{}", a.surname()));
    }
    t
}

fn shared_tokens(k: &NameKey) -> Vec<String> {
    let mut t = Vec::new();
    if !k.full.is_empty() {
        t.push(format!("F:{}", k.full));
    }
    if !k.cjk.is_empty() {
        t.push(format!("C:{}", k.cjk));
    }
    if !k.latin.is_empty() {
        t.push(format!("L:{}", k.latin_sorted.join(" ")));
    }
    let text: Vec<char> = k.cjk_text.chars().collect();
    t.extend(text.windows(3).map(|w| format!("T:{}{}{}", w[0], w[1], w[2])));
    let core: Vec<char> = k.cjk.chars().collect();
    if core.len() >= 4 {
        t.extend(core.windows(2).map(|w| format!("B:{}{}", w[0], w[1])));
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(a: &str, b: &str) -> f64 {
        name_score(&NameKey::new(a), &NameKey::new(b))
    }

    #[test]
    fn real_world_spellings_match() {
        let same = [
            ("黄主任", "黄"),
            ("黄主任", "黄 主任"),
            ("黄主任", "黄工"),
            ("黄主任", "黄伟"),
            ("刘工", "刘工程师"),
            ("赵总", "赵总经理"),
            ("老王", "王科长"),
            ("张科长", "张 科长（廊坊局）"),
            ("Director Huang", "Huang"),
            ("Director Huang", "huang"),
            ("Dr. Sarah Hale", "Hale"),
            ("Dr. Sarah Hale", "Sarah Hale"),
            ("Dr. Sarah Hale", "S. Hale"),
            ("Mr. Wei Huang", "Huang Wei"),
            ("ＨＵＡＮＧ", "Huang"),
            ("黄主任 Director Huang", "Huang"),
            ("黄主任 Director Huang", "黄"),
            ("欧阳主任", "欧阳明"),
            ("招标中心联系人（待查）", "招标中心联系人"),
            ("Margaret Chen", "CHEN, Margaret"),
            ("局领导", "华北局领导（待查）"),
            ("设计院", "设计院继保负责人"),
            ("局领导", "华北局领导（待查） bureau leader (to be found)"),
            ("Bureau chief (TBD)", "华北局领导（待查） bureau leader (to be found)"),
            ("Director Huang", "黄主任 Director Huang"),
            ("黄", "黄主任 Director Huang"),
        ];
        for (a, b) in same {
            assert!(s(a, b) >= MATCH_THRESHOLD, "{a} ≈ {b}: {}", s(a, b));
            assert_eq!(s(a, b), s(b, a), "{a} / {b} symmetric");
        }
    }

    #[test]
    fn different_people_do_not_match() {
        let different = [
            ("黄主任", "刘工"),
            ("黄主任", "王黄"),
            ("欧阳主任", "欧明"),
            ("Director Huang", "Director Liu"),
            ("Dr. Sarah Hale", "Dr. Sarah Hall"),
            ("主任", "科长"),
            ("华北局领导（待查）", "招标中心联系人"),
            ("Dr. Sarah Hale", "S. Hall"),
        ];
        for (a, b) in different {
            assert!(s(a, b) < MATCH_THRESHOLD, "{a} ≉ {b}: {}", s(a, b));
        }
    }

    #[test]
    fn closer_spellings_score_higher() {
        assert!(s("黄主任", "黄主任") > s("黄主任", "黄"));
        assert!(s("黄主任", "黄") > s("黄主任", "黄伟"));
        assert!(s("Dr. Sarah Hale", "Sarah Hale") > s("Dr. Sarah Hale", "Hale"));
        assert!(s("Dr. Sarah Hale", "Hale") > s("Dr. Sarah Hale", "Sarah"));
        assert!(s("Dr. Sarah Hale", "Sarah") >= MATCH_THRESHOLD);
    }

    #[test]
    fn bilingual_names_show_one_language() {
        use crate::vocab::Lang;
        assert_eq!(in_lang("黄主任 Director Huang", Lang::Zh), "黄主任");
        assert_eq!(in_lang("黄主任 Director Huang", Lang::En), "Director Huang");
        assert_eq!(in_lang("我（销售） me (sales)", Lang::En), "me (sales)");
        for same in ["黄主任", "Dr. Sarah Hale", "A 黄", "", "主任A组 x"] {
            assert_eq!(in_lang(same, Lang::En), same);
        }
    }

    #[test]
    fn surnames() {
        assert_eq!(surname("黄伟"), "黄");
        assert_eq!(surname("欧阳明"), "欧阳");
        assert_eq!(surname("司马"), "司马");
        assert_eq!(surname(""), "");
        assert_eq!(NameKey::new("黄主任").cjk, "黄");
        assert_eq!(NameKey::new("主任").cjk, "主任");
    }

    #[test]
    fn units_match_by_name() {
        assert_eq!(unit_score("网络调度中心", "网络调度中心"), 1.0);
        assert!(unit_score("局网络调度中心", "调度中心") >= MATCH_THRESHOLD);
        assert!(unit_score("Radiology", "Department of Radiology") >= MATCH_THRESHOLD);
        assert!(unit_score("生技部", "基建部") < MATCH_THRESHOLD);
        assert_eq!(unit_score("", "x"), 0.0);
    }

    #[test]
    fn assignment_is_one_to_one_and_best_first() {
        let keys = ["黄主任", "黄伟"];
        let tries = ["黄", "黄伟"];
        let kk: Vec<NameKey> = keys.iter().map(|k| NameKey::new(k)).collect();
        let tk: Vec<NameKey> = tries.iter().map(|k| NameKey::new(k)).collect();
        let a = assign(2, 2, |r, c| name_score(&kk[r], &tk[c]));
        assert_eq!(a, vec![Some(0), Some(1)]);
        let a = assign(2, 1, |_, _| 0.9);
        assert_eq!(a, vec![Some(0), None]);
        assert_eq!(assign(0, 3, |_, _| 1.0), Vec::<Option<usize>>::new());
    }
}
