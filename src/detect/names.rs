//! Is this value a person's name? Given names and surnames of 15 languages in their own
//! scripts (`names.tsv`, from mimesis and @faker-js/faker, Hindi from name-variants, all MIT:
//! `names.LICENSE`; made by
//! `scripts/gen-pii-names.py`), read the way each script writes a name: Latin and Cyrillic as
//! words (`Titov Efim`, `María José García López`, `Титов Ефим Ануфриевич`), Han and Hangul as
//! a surname glued to a given name (`王秀英`, `김정남`), Japanese with or without a space.
//!
//! Only column classification uses this (a sample of a column's values, detect::table_data):
//! one hit proves nothing, a column where most values are names is person data.

use rustc_hash::FxHashSet;
use std::sync::LazyLock;

struct Lists {
    given: FxHashSet<String>,
    family: FxHashSet<String>,
    /// Names that are also ordinary words (`Smith`, `Rose`, `Braun`): they count beside
    /// another name, never alone.
    given_word: FxHashSet<String>,
    family_word: FxHashSet<String>,
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let mut l = Lists {
        given: FxHashSet::default(),
        family: FxHashSet::default(),
        given_word: FxHashSet::default(),
        family_word: FxHashSet::default(),
    };
    for line in include_str!("names.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        let mut f = line.split('\t');
        let (Some(_lang), Some(kind), Some(name)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let name = name.to_lowercase();
        match kind {
            "given" => l.given.insert(name),
            "family" => l.family.insert(name),
            "given-word" => l.given_word.insert(name),
            _ => l.family_word.insert(name),
        };
    }
    l
});

/// Words that make a value a company, not a person (legal forms and joiners of names).
const NOT_A_PERSON: &[&str] = &[
    "&",
    "and",
    "und",
    "et",
    "och",
    "ve",
    "en",
    "ltd",
    "ltd.",
    "limited",
    "gmbh",
    "inc",
    "inc.",
    "llc",
    "plc",
    "corp",
    "co",
    "co.",
    "ag",
    "kg",
    "sa",
    "s.a.",
    "sas",
    "sarl",
    "srl",
    "s.r.l.",
    "spa",
    "s.p.a.",
    "sl",
    "s.l.",
    "bv",
    "b.v.",
    "nv",
    "ab",
    "oy",
    "as",
    "a/s",
    "ltda",
    "ltda.",
    "eireli",
    "me",
    "sp.",
    "z",
    "o.o.",
    "a.ş.",
    "ltd.şti.",
    "şti.",
    "group",
    "gruppe",
    "groupe",
    "grupo",
    "gruppo",
    "holding",
    "ооо",
    "зао",
    "оао",
    "пао",
    "ип",
];

/// Courtesy titles and suffixes a name may carry.
const TITLES: &[&str] = &[
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "dr",
    "dr.",
    "prof",
    "prof.",
    "sir",
    "jr",
    "jr.",
    "sr",
    "sr.",
    "ii",
    "iii",
    "iv",
    "md",
    "phd",
    "dds",
    "dvm",
    "herr",
    "frau",
    "m.",
    "mme",
    "mlle",
    "sra.",
    "srta.",
    "sig.",
    "sig.ra",
    "dott.",
    "dhr.",
    "mevr.",
    "pan",
    "pani",
    "hr.",
    "fru",
    "bay",
    "bayan",
    "г-н",
    "г-жа",
    "श्री",
    "श्रीमती",
    "डॉ.",
    "b.sc.",
    "m.sc.",
    "univ.prof.",
    "dipl.-ing.",
    "mag.",
    "ing.",
    "miss.",
    "master",
    "master.",
    "rev.",
    "rev",
    "col.",
    "capt.",
    "mme.",
    "mlle.",
    "don",
    "doña",
    "dona",
    "sra",
    "srta",
    "signor",
    "signora",
    "mevrouw",
    "dhr",
    "mevr",
    "herr.",
    "fr.",
];

/// Titles that only ever stand before a person's name (not `ii`, `m.`, `md`).
const COURTESY: &[&str] = &[
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "miss.",
    "dr.",
    "herr",
    "frau",
    "mme",
    "mlle",
    "sra.",
    "srta.",
    "sig.",
    "sig.ra",
    "dhr.",
    "mevr.",
    "pani",
    "fru",
    "bayan",
    "г-н",
    "г-жа",
    "श्री",
    "श्रीमती",
    "master.",
    "rev.",
];

/// Particles inside surnames: `da Silva`, `van der Berg`, `de la Cruz`.
const PARTICLES: &[&str] = &[
    "da", "de", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den", "ter", "te", "le", "la", "du",
    "bin", "al", "el", "y", "e", "zu",
];

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
}
fn is_kana(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF)
}
fn is_hangul(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7AF)
}

/// A run of Han or Hangul that is a known surname of 1-2 characters glued to a known given
/// name (`王秀英`, `김정남`); a surname before any 1-3 characters would take in `남양주시`.
fn glued(s: &str, lists: &Lists) -> bool {
    let chars: Vec<char> = s.chars().collect();
    if !(2..=5).contains(&chars.len()) {
        return false;
    }
    // Korean given names are two syllables from too wide a set to list: any two will do.
    let hangul = chars.iter().all(|&c| is_hangul(c));
    (1..=2).any(|n| {
        let rest: String = chars[n..].iter().collect();
        lists.family.contains(&chars[..n].iter().collect::<String>())
            && (lists.given.contains(&rest) || (hangul && chars.len() - n == 2))
    })
}

/// Marks of a business or a place in CJK text: legal forms and administrative suffixes.
const CJK_NOT_A_PERSON: &[&str] = &[
    "(주)",
    "㈜",
    "주식회사",
    "株式会社",
    "有限会社",
    "有限公司",
    "公司",
    "集团",
    "银行",
    "銀行",
    "은행",
    "市",
    "区",
    "县",
    "省",
    "町",
    "村",
    "시",
    "군",
    "구",
    "도",
    "동",
    "읍",
    "면",
];

/// Is `v` a person's name by the lists (not only by its shape)?
pub fn is_person_name(v: &str) -> bool {
    let v = v.trim();
    if !(2..=80).contains(&v.len())
        || v.chars()
            .any(|c| c.is_ascii_digit() || "@/\\:;|_=+*#%<>[]{}".contains(c))
    {
        return false;
    }
    let lists = &*LISTS;
    let words: Vec<&str> = v
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 8 {
        return false;
    }
    // Han / Hangul: `王秀英`, `김정남`; Japanese `佐藤 千代` or `佐藤千代`.
    if v.chars().any(|c| is_han(c) || is_hangul(c) || is_kana(c)) {
        let last = v.chars().last().map(String::from).unwrap_or_default();
        if CJK_NOT_A_PERSON
            .iter()
            .any(|w| w.chars().count() > 1 && v.contains(w) || **w == last)
        {
            return false;
        }
        return match words.as_slice() {
            [w] => glued(w, lists) || lists.family.contains(*w),
            [a, b] => {
                lists.family.contains(*a) && b.chars().count() <= 4
                    || lists.given.contains(*b) && a.chars().count() <= 3
            }
            _ => false,
        };
    }
    // Per name word: (may be a given name, may be a surname, is a known name not also a word).
    let mut seen: Vec<(bool, bool, bool)> = Vec::with_capacity(words.len());
    let mut courtesy = false;
    for w in &words {
        // `(Florence Briggs Thayer)`, `(née Thayer)`: a maiden or full name in brackets.
        let w = w.trim_matches(|c| c == '(' || c == ')' || c == '"');
        if w.is_empty() {
            continue;
        }
        let lw = w.to_lowercase();
        courtesy |= COURTESY.contains(&lw.as_str());
        if NOT_A_PERSON.contains(&lw.as_str()) {
            return false;
        }
        if TITLES.contains(&lw.as_str()) || PARTICLES.contains(&lw.as_str()) || lw == "née" || lw == "geb." {
            continue;
        }
        // Names are capitalised (`Can add site` is a permission, not Can Add).
        if !w.chars().all(|c| c.is_alphabetic() || "'’-.".contains(c))
            || !w.chars().next().is_some_and(char::is_uppercase)
        {
            return false;
        }
        let (mut g, mut f, mut k) = (false, false, false);
        // A double-barrelled name counts by its parts (`García-López`, `Smith-Jones`).
        for p in lw.split('-').filter(|p| !p.is_empty()) {
            let (pg, pf) = (lists.given.contains(p), lists.family.contains(p));
            k |= pg || pf;
            g |= pg || lists.given_word.contains(p);
            f |= pf || lists.family_word.contains(p);
        }
        seen.push((g, f, k));
    }
    let known = seen.iter().filter(|s| s.2).count();
    // A given name and a surname in two different words (`Sales` is both, alone).
    let pair = seen
        .iter()
        .enumerate()
        .any(|(i, a)| a.0 && seen.iter().enumerate().any(|(j, b)| i != j && b.1));
    match seen.len() {
        0 => false,
        // One word: a known given name or surname that is not also a word.
        // A courtesy title before capitalised words: `Braund, Mr. Owen Harris`.
        _ if courtesy => true,
        1 => known > 0,
        // Several: a given name and a surname, or two known names; one not also a word.
        n => known > 0 && (pair || (known >= 2 && n <= 4)),
    }
}

/// Does `v` have a capitalised word that is a known given name or surname (`Alex Example`)?
/// A column named for names with almost none of these holds something else (licence titles).
pub fn has_known_name(v: &str) -> bool {
    let lists = &*LISTS;
    v.split(|c: char| c.is_whitespace() || c == ',' || c == '-').any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        w.chars().next().is_some_and(char::is_uppercase) && {
            let lw = w.to_lowercase();
            lists.given.contains(&lw)
                || lists.family.contains(&lw)
                || lists.given_word.contains(&lw)
                || lists.family_word.contains(&lw)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::is_person_name;

    #[test]
    fn names_in_their_scripts() {
        for n in [
            "John Smith",
            "Smith",
            "María José García López",
            "Dr. Hans-Peter Müller",
            "Титов Ефим Ануфриевич",
            "王秀英",
            "김정남",
            "佐藤 千代",
            "Braund, Mr. Owen Harris",
            "Cumings, Mrs. John Bradley (Florence Briggs Thayer)",
        ] {
            assert!(is_person_name(n), "{n}");
        }
    }

    #[test]
    fn known_name_words() {
        assert!(super::has_known_name("Alex Example") && super::has_known_name("Heikkinen, Miss. Laina Smith"));
        assert!(!super::has_known_name("GNU General Public License v2.0") && !super::has_known_name("BSD-style"));
    }

    #[test]
    fn not_names() {
        for n in [
            "MANTENIMIENTO",
            "PAPELERIA",
            "Müller GmbH",
            "Smith, Jones and Brown",
            "Ergonomic Steel Chair",
            "Sales Representative",
            "Can add site",
            "user@example.com",
            "12 Main Street",
            "Electronics",
            "",
            "电子产品",
        ] {
            assert!(!is_person_name(n), "{n}");
        }
    }
}
