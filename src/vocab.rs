//! The bilingual vocabularies of the map format: every enumerated value with its
//! English name, its Chinese names and symbols, and tolerant parsing with suggestions.

use serde::{Serialize, Serializer};

pub use crate::i18n::Lang;
use crate::i18n::Msg;

/// Normalizes user text for matching: trims (including the ideographic space), folds
/// full-width ASCII to half-width, lower-cases, and joins words with `_`
/// (`"Decision Maker"`, `"decision-maker"` and `"ＤＥＣＩＳＩＯＮ＿ＭＡＫＥＲ"` all become
/// `decision_maker`). A one-character text (a role symbol such as `-`) is kept as is.
pub fn normalize(s: &str) -> String {
    // A whole number as JSON writes it (a stage, a level, a strength) is its own form.
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        return s.to_string();
    }
    let folded: String = s
        .chars()
        .map(|c| match c {
            '\u{3000}' => ' ',
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect();
    let trimmed = folded.trim();
    if trimmed.chars().count() <= 1 || trimmed.replace('−', "-").parse::<f64>().is_ok() {
        return trimmed.replace('−', "-");
    }
    let mut out = String::with_capacity(trimmed.len());
    let mut pending_sep = false;
    for c in trimmed.chars() {
        if c == ' ' || c == '-' || c == '_' || c == '\t' {
            pending_sep = !out.is_empty();
            continue;
        }
        if pending_sep {
            out.push('_');
            pending_sep = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Traditional Chinese characters of the format's own Chinese names (CSV headers,
/// `account.csv` fields, file names such as `人員.csv`) and their Simplified forms.
const TRADITIONAL_NAMES: &[(char, char)] = &[
    ('編', '编'),
    ('號', '号'),
    ('職', '职'),
    ('務', '务'),
    ('門', '门'),
    ('陣', '阵'),
    ('營', '营'),
    ('級', '级'),
    ('場', '场'),
    ('傾', '倾'),
    ('關', '关'),
    ('係', '系'),
    ('專', '专'),
    ('長', '长'),
    ('風', '风'),
    ('創', '创'),
    ('態', '态'),
    ('備', '备'),
    ('註', '注'),
    ('選', '选'),
    ('講', '讲'),
    ('釋', '释'),
    ('稱', '称'),
    ('類', '类'),
    ('點', '点'),
    ('終', '终'),
    ('強', '强'),
    ('虛', '虚'),
    ('線', '线'),
    ('戶', '户'),
    ('項', '项'),
    ('機', '机'),
    ('競', '竞'),
    ('爭', '争'),
    ('對', '对'),
    ('員', '员'),
    ('評', '评'),
    ('權', '权'),
    ('結', '结'),
    ('構', '构'),
    ('採', '采'),
    ('購', '购'),
    ('佔', '占'),
    ('內', '内'),
    ('匯', '汇'),
    ('報', '报'),
    ('給', '给'),
    ('衝', '冲'),
    ('貨', '货'),
    ('斷', '断'),
    ('協', '协'),
    ('後', '后'),
    ('標', '标'),
    ('書', '书'),
];

/// A name of the format written in Traditional Chinese (`編號`, `關係.csv`) in the
/// Simplified form the format lists (`编号`, `关系.csv`); other text as it is. Only the
/// characters of the format's own names are converted.
pub fn to_simplified(s: &str) -> std::borrow::Cow<'_, str> {
    let convert = |c: char| TRADITIONAL_NAMES.iter().find(|(t, _)| *t == c).map_or(c, |(_, s)| *s);
    if s.chars().all(|c| convert(c) == c) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.chars().map(convert).collect())
    }
}

/// Edit distance in characters, counting a swap of two neighbours as one edit (optimal
/// string alignment: `lui` is one edit from `liu`), O(|a|·|b|).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Three rows of the dynamic programme: two back (for swaps), previous, current.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            cur[j] = d;
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The closest candidate to `wrong` if it is close enough to be a likely misspelling
/// (at most a third of the longer word's length in edits, at least one, and fewer than
/// the longer word's length), ties broken by order.
pub fn did_you_mean<'a, I>(wrong: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let w = normalize(wrong);
    let wl = w.chars().count();
    let mut best: Option<(usize, &'a str)> = None;
    for c in candidates {
        let n = normalize(c);
        let nl = n.chars().count();
        let limit = (wl.max(nl) / 3).max(1);
        let d = edit_distance(&w, &n);
        // Replacing every character of a word is no misspelling ("b" is not "a").
        if d <= limit && d < wl.max(nl) && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// An enumerated value of the map format.
pub trait Vocab: Sized + Copy + 'static {
    /// What the value is called in JSON (`stance`, `purchase_share`); messages name the
    /// vocabulary by its catalog label (`vocab-{KEY}`) instead.
    const WHAT: &'static str;
    /// The vocabulary's catalog key (`stance`, `tie-kind`): its name is the catalog's
    /// `vocab-{KEY}`, each value's label `{KEY}-{value}`.
    const KEY: &'static str;
    /// Every value, in the format's order.
    const ALL: &'static [Self];
    /// The canonical English name, as written in JSON.
    fn as_str(self) -> &'static str;
    /// Other accepted spellings: Chinese names, symbols, English synonyms.
    fn aliases(self) -> &'static [&'static str];
    /// The label for reports in the given language, from the catalogs.
    fn label(self, lang: Lang) -> String {
        crate::i18n::tr(lang, &self.term().key())
    }
    /// This value as a message parameter, shown in the language of the message.
    fn term(self) -> crate::i18n::Term {
        crate::i18n::Term { vocab: Self::KEY, value: self.as_str() }
    }
    /// The vocabulary's own name as a message parameter (`vocab-stance`: stance, 立场).
    fn name_term() -> crate::i18n::Term {
        crate::i18n::Term { vocab: "vocab", value: Self::KEY }
    }
    /// For values also written as numbers, the accepted range.
    const RANGE: Option<(i64, i64)> = None;
    /// The number a value is also written as, where it is listed with one (relationship
    /// stages 0…4, strengths 1…3), for lists of accepted values.
    fn number(self) -> Option<i64> {
        let (lo, hi) = Self::RANGE?;
        let i = Self::ALL.iter().position(|v| v.as_str() == self.as_str())?;
        (usize::try_from(hi - lo + 1).ok() == Some(Self::ALL.len())).then(|| lo + i as i64)
    }
    /// Parses a user's spelling — the JSON name, an alias, or the catalog label in any
    /// language (English, Simplified or Traditional Chinese) — case- and
    /// width-insensitively. The error is a message saying what was wrong, with a
    /// suggestion in the script the user typed, or the accepted values.
    fn parse(text: &str) -> Result<Self, Msg> {
        // Fast path: written exactly as listed (no allocation).
        for &v in Self::ALL {
            if text == v.as_str() || v.aliases().contains(&text) {
                return Ok(v);
            }
        }
        let n = normalize(text);
        match spellings::<Self>() {
            Some(table) => {
                if let Some(&i) = table.index.get(n.as_str()) {
                    return Ok(Self::ALL[usize::from(i)]);
                }
            }
            // A vocabulary the table does not know (see `vocabularies`): the slow way.
            None => {
                for &v in Self::ALL {
                    if n == v.as_str() || v.aliases().iter().any(|a| normalize(a) == n) {
                        return Ok(v);
                    }
                }
            }
        }
        if let (Some((lo, hi)), Ok(_)) = (Self::RANGE, n.replace('_', "-").parse::<f64>()) {
            return Err(Msg::new("value-out-of-range")
                .arg("what", Self::name_term())
                .arg("value", text.trim())
                .arg("lo", lo)
                .arg("hi", hi));
        }
        Err(unknown_value_message::<Self>(text))
    }
}

/// Every spelling of one vocabulary, normalized, with the index of its value in
/// [`Vocab::ALL`] and the script it is written in.
struct Spellings {
    /// Normalized spelling → index of the value. JSON names and aliases first; a
    /// catalog label never takes the place of another value's alias.
    index: rustc_hash::FxHashMap<String, u8>,
    /// Every spelling, for suggestions: normalized, its value's index, and its script.
    all: Vec<(String, u8, Script)>,
}

/// The script a spelling or a typed text is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    /// Latin letters, digits, symbols.
    Latin,
    /// Chinese, not distinctly in either script (a Simplified label, or an alias).
    Simplified,
    /// A Traditional Chinese label that differs from the Simplified one.
    Traditional,
}

/// The spelling tables of every vocabulary, and the characters written differently in
/// the two scripts (from the catalogs' labels and [`TRADITIONAL_NAMES`]).
struct Tables {
    by_vocab: rustc_hash::FxHashMap<&'static str, Spellings>,
    scripts: Scripts,
}

/// Characters written differently in Simplified and Traditional Chinese.
#[derive(Default)]
struct Scripts {
    simplified: rustc_hash::FxHashSet<char>,
    traditional: rustc_hash::FxHashSet<char>,
    /// Simplified → Traditional, to accept the Traditional forms of the aliases.
    to_traditional: rustc_hash::FxHashMap<char, char>,
}

impl Scripts {
    fn pair(&mut self, simplified: char, traditional: char) {
        self.simplified.insert(simplified);
        self.traditional.insert(traditional);
        self.to_traditional.entry(simplified).or_insert(traditional);
    }

    /// The characters the Simplified and Traditional labels of `V` write differently.
    fn learn<V: Vocab>(&mut self) {
        for v in V::ALL {
            let (zh, hant) = (v.label(Lang::Zh), v.label(Lang::ZhHant));
            if zh.chars().count() == hant.chars().count() {
                for (s, t) in zh.chars().zip(hant.chars()).filter(|(s, t)| s != t) {
                    self.pair(s, t);
                }
            }
        }
    }

    /// `s` in Traditional characters, as far as they are known.
    fn traditional(&self, s: &str) -> String {
        s.chars().map(|c| self.to_traditional.get(&c).copied().unwrap_or(c)).collect()
    }
}

/// Built once for all vocabularies on first use (only when a value is not written
/// exactly as listed).
fn tables() -> &'static Tables {
    static TABLES: std::sync::OnceLock<Tables> = std::sync::OnceLock::new();
    TABLES.get_or_init(vocabularies)
}

/// The spelling table of a vocabulary; `None` for one missing from [`vocabularies`].
fn spellings<V: Vocab>() -> Option<&'static Spellings> {
    tables().by_vocab.get(V::KEY)
}

/// Every spelling of `V`: JSON names, aliases and the Traditional forms of the Chinese
/// ones, then the catalog labels of every language.
fn table_of<V: Vocab>(scripts: &Scripts) -> Spellings {
    let mut t = Spellings { index: rustc_hash::FxHashMap::default(), all: Vec::new() };
    let mut add = |spelling: &str, i: usize, script: Script| {
        let n = normalize(spelling);
        if n.is_empty() {
            return;
        }
        let i = i as u8;
        t.index.entry(n.clone()).or_insert(i);
        if !t.all.iter().any(|(s, j, _)| *s == n && *j == i) {
            t.all.push((n, i, script));
        }
    };
    let is_chinese = |s: &str| s.chars().any(crate::model::is_cjk);
    for (i, v) in V::ALL.iter().enumerate() {
        add(v.as_str(), i, Script::Latin);
        for a in v.aliases() {
            add(a, i, if is_chinese(a) { Script::Simplified } else { Script::Latin });
        }
    }
    for (i, v) in V::ALL.iter().enumerate() {
        let zh = v.label(Lang::Zh);
        for lang in Lang::ALL {
            let label = v.label(*lang);
            let script = match lang {
                Lang::ZhHant if label != zh => Script::Traditional,
                _ if is_chinese(&label) => Script::Simplified,
                _ => Script::Latin,
            };
            add(&label, i, script);
        }
        for a in v.aliases().iter().filter(|a| is_chinese(a)) {
            let hant = scripts.traditional(a);
            if hant != *a {
                add(&hant, i, Script::Traditional);
            }
        }
    }
    t
}

/// The spelling tables of every vocabulary of the format.
fn vocabularies() -> Tables {
    let mut scripts = Scripts::default();
    for &(t, s) in TRADITIONAL_NAMES {
        scripts.pair(s, t);
    }
    macro_rules! each {
        ($m:ident) => {
            $m!(
                Governance,
                PurchaseShare,
                UnitKind,
                Side,
                Role,
                Stance,
                Relationship,
                Expertise,
                Style,
                Adaptability,
                Contact,
                Interest,
                TieKind,
                Strength,
                Section
            )
        };
    }
    macro_rules! learn {
        ($($t:ty),*) => {$( scripts.learn::<$t>(); )*};
    }
    each!(learn);
    let mut by_vocab = rustc_hash::FxHashMap::default();
    macro_rules! build {
        ($($t:ty),*) => {$( by_vocab.insert(<$t as Vocab>::KEY, table_of::<$t>(&scripts)); )*};
    }
    each!(build);
    Tables { by_vocab, scripts }
}

/// Every spelling the loader accepts for `V` as written, but numbers (for the JSON
/// Schema's lists): the JSON names first, then the aliases, the catalog labels of every
/// language and the Traditional forms of the Chinese aliases.
pub fn accepted_spellings<V: Vocab>() -> Vec<String> {
    let mut out: Vec<String> = V::ALL.iter().map(|v| v.as_str().to_string()).collect();
    let mut push = |s: String| {
        if !out.contains(&s) && s.parse::<f64>().is_err() {
            out.push(s);
        }
    };
    let scripts = &tables().scripts;
    for v in V::ALL {
        for a in v.aliases() {
            push(a.to_string());
        }
    }
    for v in V::ALL {
        for lang in Lang::ALL {
            push(v.label(*lang));
        }
        for a in v.aliases() {
            push(scripts.traditional(a));
        }
    }
    out
}

/// The script of a typed text (normalized), judged by its letters: `None` for Chinese
/// that could be either script.
fn typed_script(normalized: &str) -> Option<Script> {
    if !normalized.chars().any(crate::model::is_cjk) {
        return Some(Script::Latin);
    }
    let t = &tables().scripts;
    let (mut hant, mut hans) = (0, 0);
    for c in normalized.chars() {
        if t.traditional.contains(&c)
            || Lang::of_text([c.encode_utf8(&mut [0; 4]) as &str]) == Some(Lang::ZhHant)
        {
            hant += 1;
        } else if t.simplified.contains(&c) {
            hans += 1;
        }
    }
    match hant.cmp(&hans) {
        std::cmp::Ordering::Greater => Some(Script::Traditional),
        std::cmp::Ordering::Less => Some(Script::Simplified),
        std::cmp::Ordering::Equal => None,
    }
}

/// The message for a value that is not in a vocabulary: with a suggestion, in the
/// script the user typed, where one is close; else with the accepted values.
pub fn unknown_value_message<V: Vocab>(text: &str) -> Msg {
    let shown = text.trim();
    let base = |key: &'static str| Msg::new(key).arg("what", V::name_term()).arg("value", shown);
    if let Some((v, suggestion)) = suggest::<V>(text) {
        return base("value-unknown-suggest").arg("suggestion", suggestion).arg("meant", v.term());
    }
    let expected: Vec<crate::i18n::Arg> = V::ALL
        .iter()
        .map(|v| match v.number() {
            Some(n) => Msg::new("value-numbered").arg("number", n).arg("value", v.term()).into(),
            None => v.term().into(),
        })
        .collect();
    base("value-unknown-expected").arg("expected", expected)
}

/// The value closest to `text`, if close enough to be a likely misspelling (as
/// [`did_you_mean`] judges; ties go to the value listed first), and how to write it in
/// the script of `text`: its JSON name for Latin letters, its Simplified or Traditional
/// Chinese label for Chinese. Chinese that could be either script takes the script of
/// the nearest spelling.
fn suggest<V: Vocab>(text: &str) -> Option<(V, String)> {
    let w = normalize(text);
    let wl = w.chars().count();
    let owned;
    let all: &[(String, u8, Script)] = match spellings::<V>() {
        Some(t) => &t.all,
        None => {
            owned = table_of::<V>(&tables().scripts).all;
            &owned
        }
    };
    // The best distance, its value, and the scripts of its spellings at that distance.
    let mut best: Option<(usize, u8, bool)> = None;
    for (n, i, script) in all {
        let nl = n.chars().count();
        let limit = (wl.max(nl) / 3).max(1);
        let d = edit_distance(&w, n);
        // Replacing every character of a word is no misspelling ("b" is not "a").
        if d > limit || d >= wl.max(nl) {
            continue;
        }
        let hant = *script == Script::Traditional;
        match &mut best {
            Some((bd, bi, only_hant)) if d == *bd && i == bi => *only_hant &= hant,
            Some((bd, ..)) if d >= *bd => {}
            _ => best = Some((d, *i, hant)),
        }
    }
    let (_, i, only_hant) = best?;
    let v = V::ALL[usize::from(i)];
    let nearest = if only_hant { Script::Traditional } else { Script::Simplified };
    let spelling = match typed_script(&w).unwrap_or(nearest) {
        Script::Latin => v.as_str().to_string(),
        Script::Simplified => v.label(Lang::Zh),
        Script::Traditional => v.label(Lang::ZhHant),
    };
    Some((v, spelling))
}

macro_rules! vocab {
    ($(#[$meta:meta])* $name:ident, $what:literal, $key:literal $(, range $lo:literal ..= $hi:literal)? {
        $($(#[$vmeta:meta])* $variant:ident = $en:literal [$($alias:literal),* $(,)?]),+ $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }
        impl Vocab for $name {
            const WHAT: &'static str = $what;
            const KEY: &'static str = $key;
            $(const RANGE: Option<(i64, i64)> = Some(($lo, $hi));)?
            const ALL: &'static [Self] = &[$($name::$variant),+];
            fn as_str(self) -> &'static str { match self { $($name::$variant => $en),+ } }
            fn aliases(self) -> &'static [&'static str] {
                match self { $($name::$variant => &[$($alias),*]),+ }
            }
        }
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocab!(
    /// How centralized the customer's decisions are (basis 1, 治理结构).
    Governance, "governance", "governance" {
        /// 集权: decisions are made at the top.
        Centralized = "centralized" ["集权", "集中", "centralised", "集權"],
        /// 均衡.
        Balanced = "balanced" ["均衡"],
        /// 分权: decisions are delegated to operating units.
        Decentralized = "decentralized" ["分权", "decentralised", "分權"],
    }
);

vocab!(
    /// This purchase's share of all the customer's purchasing (basis 4, 采购占比).
    PurchaseShare, "purchase_share", "purchase-share" {
        /// 大.
        Major = "major" ["大", "large", "high"],
        /// 中.
        Normal = "normal" ["中", "medium"],
        /// 小.
        Minor = "minor" ["小", "small", "low"],
    }
);

vocab!(
    /// What kind of organizational unit a unit is.
    UnitKind, "unit kind", "unit-kind" {
        /// 部门.
        Department = "department" ["部门", "dept", "部門"],
        /// 下属单位.
        Subsidiary = "subsidiary" ["下属单位", "下属", "子公司", "下屬單位"],
        /// 外部机构.
        External = "external" ["外部机构", "外部", "外部機構"],
        /// 委员会.
        Committee = "committee" ["委员会", "委員會"],
    }
);

vocab!(
    /// Whose side a person is on.
    Side, "side", "side" {
        /// 客户.
        Customer = "customer" ["客户", "客戶"],
        /// 我方.
        Ours = "ours" ["我方", "our", "us", "we"],
        /// 伙伴.
        Partner = "partner" ["伙伴", "合作伙伴", "夥伴"],
        /// 竞争对手.
        Competitor = "competitor" ["竞争对手", "对手", "競爭對手"],
    }
);

vocab!(
    /// A person's role in this purchase (采购角色), with the seed's symbols.
    Role, "role", "role" {
        /// ※ 批准者: gives final approval.
        Approver = "approver" ["批准者", "※", "最后批准", "批准"],
        /// + 决策者: makes the decision.
        DecisionMaker = "decision_maker" ["决策者", "+", "决策制定", "决策", "決策者"],
        /// = 评估者: evaluates the solutions.
        Evaluator = "evaluator" ["评估者", "=", "方案评估", "评估", "評估者"],
        /// - 使用者: the end user.
        User = "user" ["使用者", "-", "最终用户", "用户"],
        /// 影响者.
        Influencer = "influencer" ["影响者", "影響者"],
        /// 把关者: runs the tender, controls access.
        Gatekeeper = "gatekeeper" ["把关者", "招标", "把關者"],
        /// 标书编写: writes the tender documents.
        SpecWriter = "spec_writer" ["标书编写", "标书编写者", "標書編寫"],
    }
);

impl Role {
    /// The seed's one-character notation, where the role has one.
    pub fn symbol(self) -> Option<&'static str> {
        match self {
            Role::Approver => Some("※"),
            Role::DecisionMaker => Some("+"),
            Role::Evaluator => Some("="),
            Role::User => Some("-"),
            _ => None,
        }
    }
}

vocab!(
    /// A person's stance toward us (立场), from champion (+2) to opponent (−2).
    Stance, "stance", "stance", range -2 ..= 2 {
        /// 教练: guides us to win (+2).
        Champion = "champion" ["教练", "coach", "mentor", "2", "+2", "教練"],
        /// 支持 (+1).
        Supporter = "supporter" ["支持", "支持者", "1", "+1", "内线", "內線", "友好", "积极", "積極", "很好"],
        /// 中立 (0).
        Neutral = "neutral" ["中立", "0", "一般", "观望", "觀望"],
        /// 不支持 (−1).
        Skeptic = "skeptic" ["不支持", "sceptic", "non_supporter", "-1", "−1", "冷淡", "不积极", "不積極", "消极", "消極"],
        /// 反对 (−2).
        Opponent = "opponent" ["反对", "反对者", "enemy", "-2", "−2", "敌对", "敵對", "反對"],
        /// 未知: not known yet (the default).
        Unknown = "unknown" ["未知", "?", "？"],
    }
);

impl Stance {
    /// The numeric score −2…2, or None for unknown.
    pub fn score(self) -> Option<i8> {
        match self {
            Stance::Champion => Some(2),
            Stance::Supporter => Some(1),
            Stance::Neutral => Some(0),
            Stance::Skeptic => Some(-1),
            Stance::Opponent => Some(-2),
            Stance::Unknown => None,
        }
    }

    /// The stance for a numeric score −2…2.
    pub fn from_score(n: i64) -> Option<Stance> {
        match n {
            2 => Some(Stance::Champion),
            1 => Some(Stance::Supporter),
            0 => Some(Stance::Neutral),
            -1 => Some(Stance::Skeptic),
            -2 => Some(Stance::Opponent),
            _ => None,
        }
    }

    /// Is this person against us (skeptic or opponent)?
    pub fn is_hostile(self) -> bool {
        matches!(self, Stance::Skeptic | Stance::Opponent)
    }
}

vocab!(
    /// Our relationship stage with a person (关系), 0…4.
    Relationship, "relationship", "relationship", range 0 ..= 4 {
        /// 0 无.
        None = "none" ["无", "0", "陌生", "不认识", "不認識", "無"],
        /// 1 认识.
        Acquainted = "acquainted" ["认识", "1", "一般", "见过", "見過", "認識"],
        /// 2 交往.
        Engaged = "engaged" ["交往", "2", "熟悉", "较好", "較好"],
        /// 3 信任.
        Trusted = "trusted" ["信任", "3", "很好", "密切"],
        /// 4 同盟.
        Allied = "allied" ["同盟", "4", "铁杆", "鐵桿", "非常好"],
    }
);

impl Relationship {
    /// The stage number 0…4.
    pub fn value(self) -> u8 {
        self as u8
    }
    /// The stage for a number 0…4.
    pub fn from_value(n: i64) -> Option<Relationship> {
        Relationship::ALL.get(usize::try_from(n).ok()?).copied()
    }
}

vocab!(
    /// A decision maker's expertise (basis 2, 专长).
    Expertise, "expertise", "expertise" {
        /// 技术型: decides technical questions himself.
        Technical = "technical" ["技术型", "技术", "技術型"],
        /// 业务型.
        Business = "business" ["业务型", "业务", "業務型"],
        /// 综合型.
        General = "general" ["综合型", "综合", "綜合型"],
    }
);

vocab!(
    /// A decision maker's management style (basis 3, 风格).
    Style, "style", "style" {
        /// 独断.
        Directive = "directive" ["独断", "专断", "獨斷"],
        /// 民主.
        Consultative = "consultative" ["民主", "协商"],
        /// 授权.
        Delegating = "delegating" ["授权", "授權"],
    }
);

vocab!(
    /// Attitude to innovation (创新态度), as Target Account Selling's adaptability to change.
    Adaptability, "adaptability", "adaptability" {
        /// 创新者.
        Innovator = "innovator" ["创新者", "創新者"],
        /// 远见者.
        Visionary = "visionary" ["远见者", "遠見者"],
        /// 务实者.
        Pragmatist = "pragmatist" ["务实者", "務實者"],
        /// 保守者.
        Conservative = "conservative" ["保守者"],
        /// 落后者.
        Laggard = "laggard" ["落后者", "落後者"],
    }
);

vocab!(
    /// Whether we may approach a person, or the people of a unit (接触): a drawn tender
    /// expert panel or the discipline office is off limits.
    Contact, "contact", "contact" {
        /// 可接触 (the default).
        Open = "open" ["可接触", "可以接触", "allowed", "可接觸", "可以接觸"],
        /// 勿接触: no route or step targets or passes through them.
        DoNotContact = "do_not_contact" ["勿接触", "不可接触", "禁止接触", "no_contact", "off_limits", "勿接觸", "不可接觸", "禁止接觸"],
    }
);

vocab!(
    /// What a person or the organization wants from the purchase (利益).
    Interest, "interest", "interest" {
        /// 产品质量.
        Quality = "quality" ["产品质量", "质量", "產品質量"],
        /// 产品价格.
        Price = "price" ["产品价格", "价格", "產品價格"],
        /// 供方品质.
        SupplierQuality = "supplier_quality" ["供方品质", "供方品質"],
        /// 供货速度.
        Delivery = "delivery" ["供货速度", "交货", "供貨速度"],
        /// 交易条件.
        Terms = "terms" ["交易条件", "交易條件"],
        /// 感到安全.
        Security = "security" ["感到安全", "安全"],
        /// 上级肯定.
        Recognition = "recognition" ["上级肯定", "上級肯定"],
        /// 成就感.
        Achievement = "achievement" ["成就感"],
        /// 受尊重.
        Respect = "respect" ["受尊重"],
        /// 权利 (power).
        Power = "power" ["权利", "权力", "權利"],
        /// 金钱.
        Money = "money" ["金钱", "金錢"],
    }
);

vocab!(
    /// The kind of a tie between two people.
    TieKind, "tie kind", "tie-kind" {
        /// 汇报: from the subordinate to the superior.
        ReportsTo = "reports_to" ["汇报", "上级", "汇报给", "匯報"],
        /// 影响: from the one who sways to the one swayed.
        Influences = "influences" ["影响", "influence", "影響"],
        /// 认识: a personal tie, both ways.
        Knows = "knows" ["认识", "熟人", "認識"],
        /// 矛盾: a conflict, both ways.
        Conflict = "conflict" ["矛盾", "冲突"],
    }
);

impl TieKind {
    /// Does the tie hold both ways (knows, conflict)?
    pub fn is_symmetric(self) -> bool {
        matches!(self, TieKind::Knows | TieKind::Conflict)
    }
}

vocab!(
    /// The strength of a tie, 1…3.
    Strength, "strength", "strength", range 1 ..= 3 {
        /// 1 弱.
        Weak = "weak" ["弱", "1"],
        /// 2 中 (default).
        Medium = "medium" ["中", "2"],
        /// 3 强.
        Strong = "strong" ["强", "3", "強"],
    }
);

impl Strength {
    /// The number 1…3.
    pub fn value(self) -> u8 {
        self as u8 + 1
    }
    /// The strength for a number 1…3.
    pub fn from_value(n: i64) -> Option<Strength> {
        Strength::ALL.get(usize::try_from(n - 1).ok()?).copied()
    }
}

vocab!(
    /// A section of a graded chart (see `powermap grade`): what an answer key's
    /// `grading.weights` name.
    Section, "grading section", "section" {
        /// The people found (人员).
        People = "people" ["人员"],
        /// The units found (部门).
        Units = "units" ["部门"],
        /// Reporting lines (汇报线).
        Reporting = "reporting" ["汇报线", "reporting_lines", "汇报"],
        /// Influence, acquaintance and conflict lines (影响线).
        Influence = "influence" ["影响线", "influence_lines", "影响"],
        /// Purchase roles (角色).
        Roles = "roles" ["角色"],
        /// Stances toward us (立场).
        Stances = "stances" ["立场", "stance"],
        /// Relationship stages (关系阶段).
        Relationships = "relationships" ["关系阶段", "relationship"],
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_folds_width_case_and_separators() {
        assert_eq!(normalize("  Decision Maker "), "decision_maker");
        assert_eq!(normalize("ＤＥＣＩＳＩＯＮ－ＭＡＫＥＲ"), "decision_maker");
        assert_eq!(normalize("\u{3000}支持\u{3000}"), "支持");
        assert_eq!(normalize("-"), "-");
        assert_eq!(normalize("－"), "-");
    }

    #[test]
    fn every_value_parses_in_english_and_chinese() {
        fn all<V: Vocab + PartialEq + std::fmt::Debug>() {
            for &v in V::ALL {
                assert_eq!(V::parse(v.as_str()).unwrap(), v);
                assert_eq!(V::parse(&v.as_str().to_uppercase()).unwrap(), v);
                for a in v.aliases() {
                    assert_eq!(V::parse(a).unwrap(), v, "{a}");
                }
            }
        }
        all::<Governance>();
        all::<PurchaseShare>();
        all::<UnitKind>();
        all::<Side>();
        all::<Role>();
        all::<Stance>();
        all::<Relationship>();
        all::<Expertise>();
        all::<Style>();
        all::<Adaptability>();
        all::<Contact>();
        all::<Interest>();
        all::<TieKind>();
        all::<Strength>();
        all::<Section>();
    }

    #[test]
    fn symbols_and_full_width_symbols_are_roles() {
        assert_eq!(Role::parse("※").unwrap(), Role::Approver);
        assert_eq!(Role::parse("＋").unwrap(), Role::DecisionMaker);
        assert_eq!(Role::parse("＝").unwrap(), Role::Evaluator);
        assert_eq!(Role::parse(" - ").unwrap(), Role::User);
    }

    fn err<V: Vocab + std::fmt::Debug>(text: &str, lang: Lang) -> String {
        V::parse(text).unwrap_err().render(lang)
    }

    #[test]
    fn misspelling_gets_a_suggestion() {
        assert_eq!(
            err::<Stance>("suport", Lang::En),
            "unknown stance \"suport\": did you mean \"supporter\"?"
        );
        let e = err::<Stance>("whatever", Lang::En);
        assert!(e.contains("expected one of: champion, supporter"), "{e}");
        assert_eq!(err::<Relationship>("7", Lang::En), "relationship 7 is out of range (0…4)");
        assert_eq!(err::<Relationship>("7", Lang::Zh), "关系 7 超出范围（0…4）");
        assert_eq!(Stance::parse("-1").unwrap(), Stance::Skeptic);
        assert_eq!(Stance::parse("+2").unwrap(), Stance::Champion);
        let m = Stance::parse("suport").unwrap_err();
        assert_eq!(m.key, "value-unknown-suggest");
        assert_eq!(m.get("meant"), Some(&crate::i18n::Arg::Term(Stance::Supporter.term())));
    }

    #[test]
    fn a_suggestion_is_in_the_script_the_user_typed() {
        // Chinese typos get the Chinese word, whatever language the message is in.
        assert_eq!(err::<Stance>("中力", Lang::Zh), "未知的立场“中力”：是不是“中立”？");
        assert_eq!(err::<Stance>("中力", Lang::En), "unknown stance \"中力\": did you mean \"中立\"?");
        assert_eq!(err::<Stance>("支技", Lang::Zh), "未知的立场“支技”：是不是“支持”？");
        assert_eq!(err::<Role>("批准着", Lang::Zh), "未知的角色“批准着”：是不是“批准者”？");
        assert_eq!(err::<TieKind>("影向", Lang::Zh), "未知的关系类型“影向”：是不是“影响”？");
        // Latin typos get the JSON name, in a Chinese message too.
        assert_eq!(err::<Stance>("suport", Lang::Zh), "未知的立场“suport”：是不是“supporter”？");
        assert_eq!(
            err::<Role>("decison_maker", Lang::Zh),
            "未知的角色“decison_maker”：是不是“decision_maker”？"
        );
        // A Traditional typo gets the Traditional word.
        assert_eq!(err::<Role>("決策着", Lang::ZhHant), "未知的角色「決策着」：是不是「決策者」？");
        assert_eq!(err::<Role>("評古者", Lang::Zh), "未知的角色“評古者”：是不是“評估者”？");
        assert_eq!(err::<TieKind>("匯報著", Lang::ZhHant), "未知的關係類型「匯報著」：是不是「匯報」？");
        assert_eq!(err::<Stance>("反對着", Lang::Zh), "未知的立场“反對着”：是不是“反對”？");
        // Simplified stays Simplified.
        assert_eq!(err::<Role>("决策着", Lang::ZhHant), "未知的角色「决策着」：是不是「决策者」？");
    }

    #[test]
    fn accepted_values_are_listed_in_the_language_of_the_message() {
        assert_eq!(
            err::<Relationship>("九", Lang::Zh),
            "未知的关系“九”（可填：0 无、1 认识、2 交往、3 信任、4 同盟）"
        );
        assert_eq!(
            err::<Relationship>("seven", Lang::En),
            "unknown relationship \"seven\" (expected one of: 0 none, 1 acquainted, 2 engaged, 3 trusted, 4 allied)"
        );
        assert_eq!(
            err::<Side>("火星人", Lang::ZhHant),
            "未知的陣營「火星人」（可填：客戶、我方、夥伴、競爭對手）"
        );
        assert_eq!(err::<Strength>("巨", Lang::Zh), "未知的强度“巨”（可填：1 弱、2 中、3 强）");
    }

    #[test]
    fn every_label_of_every_language_parses_as_its_value() {
        fn all<V: Vocab + PartialEq + std::fmt::Debug>() {
            for &v in V::ALL {
                for lang in Lang::ALL {
                    let label = v.label(*lang);
                    assert_eq!(V::parse(&label), Ok(v), "{lang:?} {label}");
                }
            }
        }
        all::<Governance>();
        all::<PurchaseShare>();
        all::<UnitKind>();
        all::<Side>();
        all::<Role>();
        all::<Stance>();
        all::<Relationship>();
        all::<Expertise>();
        all::<Style>();
        all::<Adaptability>();
        all::<Contact>();
        all::<Interest>();
        all::<TieKind>();
        all::<Strength>();
        all::<Section>();
        for (text, want) in
            [("決策者", Role::DecisionMaker), ("評估者", Role::Evaluator), ("標書編寫", Role::SpecWriter)]
        {
            assert_eq!(Role::parse(text), Ok(want));
        }
        assert_eq!(Stance::parse("反對"), Ok(Stance::Opponent));
        assert_eq!(Stance::parse("教練"), Ok(Stance::Champion));
        assert_eq!(Relationship::parse("認識"), Ok(Relationship::Acquainted));
        assert_eq!(TieKind::parse("匯報"), Ok(TieKind::ReportsTo));
        assert_eq!(TieKind::parse("Reports To"), Ok(TieKind::ReportsTo));
    }

    #[test]
    fn every_vocabulary_has_a_spelling_table() {
        fn has<V: Vocab>() {
            assert!(spellings::<V>().is_some(), "{} is missing from `vocabularies`", V::KEY);
        }
        has::<Governance>();
        has::<PurchaseShare>();
        has::<UnitKind>();
        has::<Side>();
        has::<Role>();
        has::<Stance>();
        has::<Relationship>();
        has::<Expertise>();
        has::<Style>();
        has::<Adaptability>();
        has::<Contact>();
        has::<Interest>();
        has::<TieKind>();
        has::<Strength>();
        has::<Section>();
    }

    #[test]
    fn traditional_names_of_the_format_are_simplified() {
        assert_eq!(to_simplified("編號"), "编号");
        assert_eq!(to_simplified("關係.csv"), "关系.csv");
        assert_eq!(to_simplified("採購佔比"), "采购占比");
        assert!(matches!(to_simplified("编号"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn swapped_letters_are_one_edit() {
        assert_eq!(edit_distance("lui", "liu"), 1);
        assert_eq!(edit_distance("suport", "supporter"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("黄主任", "黄主任"), 0);
        assert_eq!(did_you_mean("lui", ["liu", "ma"]), Some("liu"));
        assert_eq!(did_you_mean("stnace", ["stance", "side"]), Some("stance"));
        assert_eq!(did_you_mean("b", ["a", "c"]), None);
        assert_eq!(did_you_mean("*", ["※", "+"]), None);
        assert_eq!(did_you_mean("ab", ["ac"]), Some("ac"));
    }

    #[test]
    fn numbers_map_to_stages() {
        assert_eq!(Relationship::from_value(3), Some(Relationship::Trusted));
        assert_eq!(Relationship::from_value(5), None);
        assert_eq!(Strength::from_value(1), Some(Strength::Weak));
        assert_eq!(Strength::from_value(0), None);
        assert_eq!(Stance::from_score(-2), Some(Stance::Opponent));
    }
}
