//! The languages powermap speaks, and how the language of a run is chosen.

/// A language for the words powermap prints (reports, diagrams, diagnostics).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Simplified Chinese (简体中文).
    Zh,
    /// Traditional Chinese (繁體中文), for Taiwan and Hong Kong.
    ZhHant,
}

impl Lang {
    /// Every language, in the order of the catalogs.
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Zh, Lang::ZhHant];

    /// The BCP 47 tag: `en`, `zh`, `zh-Hant`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
            Lang::ZhHant => "zh-Hant",
        }
    }

    /// Is this a Chinese language (either script)?
    pub fn is_chinese(self) -> bool {
        matches!(self, Lang::Zh | Lang::ZhHant)
    }

    /// Reads a language tag or locale name: `en`, `en_US.UTF-8`, `zh`, `zh-CN`,
    /// `zh_CN.GBK`, `zh-Hans`, `zh-Hant`, `zh_TW`, `zh-HK`, `zh_MO` (any case, `-` or `_`).
    pub fn parse(tag: &str) -> Option<Lang> {
        let t = tag.trim().split(['.', '@']).next().unwrap_or("").to_ascii_lowercase().replace('_', "-");
        let mut parts = t.split('-');
        match parts.next()? {
            "en" => Some(Lang::En),
            "zh" => {
                let rest: Vec<&str> = parts.collect();
                if rest.iter().any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo")) {
                    Some(Lang::ZhHant)
                } else {
                    Some(Lang::Zh)
                }
            }
            _ => None,
        }
    }

    /// The language of the environment: the first of `LC_ALL`, `LC_MESSAGES`, `LANG`
    /// that is set and not empty, if it names a language powermap speaks.
    pub fn from_env() -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
            .and_then(|s| Lang::parse(&s))
    }

    /// The language a text is written in, judged by its letters: Chinese when its
    /// ideographs outweigh its Latin letters (an ideograph counts as three letters),
    /// Traditional when more of its characters exist only in the Traditional script
    /// than only in the Simplified one. `None` for a text with no letters at all.
    /// O(characters).
    pub fn of_text<'a>(texts: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        let (mut cjk, mut latin, mut hant, mut hans) = (0usize, 0usize, 0usize, 0usize);
        for t in texts {
            // Plain ASCII (most names of most maps): only its letters count.
            if t.is_ascii() {
                latin += t.bytes().filter(u8::is_ascii_alphabetic).count();
                continue;
            }
            for c in t.chars() {
                if crate::model::is_cjk(c) {
                    cjk += 1;
                    if TRADITIONAL_ONLY.contains(c) {
                        hant += 1;
                    } else if SIMPLIFIED_ONLY.contains(c) {
                        hans += 1;
                    }
                } else if c.is_ascii_alphabetic() {
                    latin += 1;
                }
            }
        }
        if cjk == 0 && latin == 0 {
            None
        } else if cjk * 3 > latin {
            Some(if hant > hans { Lang::ZhHant } else { Lang::Zh })
        } else {
            Some(Lang::En)
        }
    }
}

/// Common characters written differently in the two scripts: the Traditional forms.
const TRADITIONAL_ONLY: &str = "們這個來會說對時過還麼裡後為開問關門長發經點應頭當與從無總處區電國動實體張戶號價導務達線選運邊寫聽讓見認識議調財負責貨監觀覽網絡華東記錄劃書標採購評決織級廠礦鋼鐵醫紀審計軟體資訊陳劉趙黃吳鄭楊孫馬謝許韓馮鄧蕭葉蘇盧蔣賈閻";
/// The Simplified forms of the same characters.
const SIMPLIFIED_ONLY: &str = "们这个来会说对时过还么里后为开问关门长发经点应头当与从无总处区电国动实体张户号价导务达线选运边写听让见认识议调财负责货监观览网络华东记录划书标采购评决织级厂矿钢铁医纪审计软体资讯陈刘赵黄吴郑杨孙马谢许韩冯邓萧叶苏卢蒋贾阎";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_tags_and_locales() {
        assert_eq!(Lang::parse("en_US.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::parse("zh_CN.GBK"), Some(Lang::Zh));
        assert_eq!(Lang::parse("zh-Hans"), Some(Lang::Zh));
        assert_eq!(Lang::parse("zh-Hant"), Some(Lang::ZhHant));
        assert_eq!(Lang::parse("zh_TW.UTF-8"), Some(Lang::ZhHant));
        assert_eq!(Lang::parse("zh-HK"), Some(Lang::ZhHant));
        assert_eq!(Lang::parse("C"), None);
        assert_eq!(Lang::parse("fr_FR"), None);
    }

    #[test]
    fn tells_the_script_of_a_text() {
        assert_eq!(Lang::of_text(["黄主任", "华北电网"]), Some(Lang::Zh));
        assert_eq!(Lang::of_text(["黃主任", "華北電網"]), Some(Lang::ZhHant));
        assert_eq!(Lang::of_text(["Dr. Smith", "Acme Hospital"]), Some(Lang::En));
        assert_eq!(Lang::of_text(["123"]), None);
    }
}
