//! What a single value is, for classifying a column by its values: a sample of each text or
//! date column is run through [`classify`] (detect::table_data), and the column's verdict is
//! the kind most of its values share. Validators are exact where the kind has a structure
//! (checksums, address ranges, calendar dates) and shapes otherwise; a column-level share
//! threshold, not a single value, decides.

use super::names::is_person_name;
use super::national_ids;
use super::pii::{self, Kind};

/// A MAC-48 address: six hex pairs split by `:` or `-` (or three groups of four split by
/// `.`), not all zero or all ones.
pub fn is_mac(v: &[u8]) -> bool {
    let hex = |s: &[u8]| s.iter().all(u8::is_ascii_hexdigit);
    let ok = match v.len() {
        17 => {
            let sep = v[2];
            (sep == b':' || sep == b'-') && (0..6).all(|i| hex(&v[i * 3..i * 3 + 2]) && (i == 5 || v[i * 3 + 2] == sep))
        }
        14 => (0..3).all(|i| hex(&v[i * 5..i * 5 + 4]) && (i == 2 || v[i * 5 + 4] == b'.')),
        _ => false,
    };
    ok && !v.iter().filter(|b| b.is_ascii_hexdigit()).all(|&b| b == b'0')
        && !v
            .iter()
            .filter(|b| b.is_ascii_hexdigit())
            .all(|&b| b == b'f' || b == b'F')
}

/// The year of a calendar date written in one of the ways people and databases write them:
/// ISO (`1946-11-08`, with a time after it or not), `08.08.1966`, `08/08/1966`, `1966/08/08`,
/// `2004年06月07日`, `2004년 06월 07일`, `2004. 6. 7.`.
pub fn date_year(v: &[u8]) -> Option<u32> {
    let v = pii::trim(v);
    if v.len() > 40 {
        return None;
    }
    let s = std::str::from_utf8(v).ok()?;
    // The date part: before a time (`T` or a space followed by hh:).
    let date = match s.find(['T', ' ']) {
        Some(i) if s[i + 1..].contains(':') => &s[..i],
        _ => s,
    };
    let mut n = [0u32; 3];
    let mut len = [0usize; 3];
    let mut k = 0;
    for p in date
        .split(|c: char| "-/. 年月日년월일".contains(c))
        .filter(|p| !p.is_empty())
    {
        if k == 3 || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        n[k] = p.parse().ok()?;
        len[k] = p.len();
        k += 1;
    }
    if k != 3 {
        return None;
    }
    let (y, m, d) = if len[0] == 4 {
        (n[0], n[1], n[2])
    } else if len[2] == 4 {
        // Day first or month first: either reading must be a real date.
        let (a, b) = (n[0], n[1]);
        if (1..=12).contains(&b) {
            (n[2], b, a)
        } else {
            (n[2], a, b)
        }
    } else {
        return None;
    };
    ((1850..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)).then_some(y)
}

/// Phone numbers as people write them in the 16 locales: `+` and a country code, or a
/// national number with a trunk `0` (`030 1234567`, `090-1234-5678`, `8 912 345-67-89`), a
/// North American `(NPA) NXX-XXXX`, or a Chinese mobile `13912345678`. Values that are only
/// digits must be one of the last kind: a bare run of digits is an order number as often.
pub fn is_phone_value(v: &[u8]) -> bool {
    let v = pii::trim(v);
    if !pii::is_phone(v) {
        return false;
    }
    let mut buf = Vec::with_capacity(16);
    buf.extend(v.iter().copied().filter(u8::is_ascii_digit));
    let d = buf.as_slice();
    let separated = v.iter().any(|b| b" -().".contains(b));
    if v[0] == b'+' {
        return (8..=15).contains(&d.len());
    }
    // Chinese mobiles: 11 digits from 13-19.
    if d.len() == 11 && d[0] == b'1' && (b'3'..=b'9').contains(&d[1]) {
        return true;
    }
    if !separated {
        return false;
    }
    // Trunk prefix 0 (most of Europe, Japan, Korea, India, Türkiye) or 8 (Russia).
    if (d[0] == b'0' || (d[0] == b'8' && d.len() == 11)) && (9..=12).contains(&d.len()) {
        return true;
    }
    // North America: NPA and exchange start with 2-9, optionally after 1.
    let nanp = |d: &[u8]| d.len() == 10 && d[0] >= b'2' && d[3] >= b'2';
    nanp(d) || (d.len() == 11 && d[0] == b'1' && nanp(&d[1..])) || (d.len() >= 11 && d.len() <= 15 && v.contains(&b'x'))
}

/// Words that name a street, in the 16 locales' languages and scripts.
const STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "st.",
    "avenue",
    "ave",
    "ave.",
    "road",
    "rd",
    "rd.",
    "lane",
    "ln",
    "drive",
    "dr.",
    "way",
    "court",
    "ct",
    "place",
    "pl",
    "boulevard",
    "blvd",
    "suite",
    "apt.",
    "apt",
    "square",
    "terrace",
    "crescent",
    "close",
    "hill",
    "straße",
    "strasse",
    "str.",
    "weg",
    "allee",
    "platz",
    "gasse",
    "ring",
    "rue",
    "chemin",
    "impasse",
    "allée",
    "calle",
    "c/",
    "avenida",
    "avda.",
    "paseo",
    "plaza",
    "camino",
    "carrer",
    "via",
    "viale",
    "piazza",
    "corso",
    "vicolo",
    "contrada",
    "borgo",
    "largo",
    "straat",
    "laan",
    "plein",
    "steeg",
    "kade",
    "gracht",
    "singel",
    "rua",
    "travessa",
    "alameda",
    "praça",
    "rodovia",
    "estrada",
    "ulica",
    "ul.",
    "aleja",
    "al.",
    "plac",
    "osiedle",
    "gatan",
    "vägen",
    "gränd",
    "torget",
    "backe",
    "allé",
    "sokak",
    "sokağı",
    "sk.",
    "cadde",
    "caddesi",
    "cad.",
    "bulvarı",
    "mahallesi",
    "mah.",
    "mevkii",
    "улица",
    "ул.",
    "проспект",
    "пр.",
    "пер.",
    "переулок",
    "шоссе",
    "бульвар",
    "наб.",
    "пл.",
    "д.",
    "кв.",
    "मार्ग",
    "नगर",
    "रोड",
    "चौक",
    "गली",
];

/// A street address: a house number and a street word, or a CJK address (`…路…号`,
/// `…丁目…`, `…로 …`).
pub fn is_street_address_value(v: &[u8]) -> bool {
    let v = pii::trim(v);
    let Ok(s) = std::str::from_utf8(v) else { return false };
    if !(6..=200).contains(&s.len()) || !s.chars().any(char::is_alphabetic) {
        return false;
    }
    let has_digit = s.bytes().any(|b| b.is_ascii_digit());
    if s.chars()
        .any(|c| matches!(c as u32, 0x3040..=0x30FF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF))
    {
        let cjk = [
            "路", "街", "号", "丁目", "番地", "番", "号室", "로", "길", "번길", "동", "호", "市", "区", "県", "省",
        ];
        return has_digit && cjk.iter().filter(|w| s.contains(*w)).count() >= 2;
    }
    if !has_digit {
        return false;
    }
    // A house number first, or last after a comma, beside two words or more: `10456 Blake
    // Row`, `Contrada Vespucci, 77`.
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| {
        w.chars().next().is_some_and(|c| c.is_ascii_digit())
            && w.len() <= 8
            && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '/' || c == '-')
    };
    let lettered = words
        .iter()
        .filter(|w| w.chars().all(|c| c.is_alphabetic() || "-'.".contains(c)))
        .count();
    let capital = words.iter().any(|w| w.chars().next().is_some_and(char::is_uppercase));
    // A number last only after a comma (`Calle Mayor, 3`): `Deal X 636` is a product.
    let comma_number = s.rsplit_once(',').is_some_and(|(_, n)| number(n.trim()));
    if capital && words.len() <= 12 && lettered >= 2 && (number(words[0]) || comma_number) {
        return true;
    }
    s.split(|c: char| c.is_whitespace() || c == ',').any(|w| {
        STREET_WORDS.contains(&w.to_lowercase().as_str())
            || w.to_lowercase().ends_with("straße")
            || w.to_lowercase().ends_with("strasse")
            || w.to_lowercase().ends_with("straat")
            || w.to_lowercase().ends_with("gatan")
            || w.to_lowercase().ends_with("vägen")
            || w.to_lowercase().ends_with("weg")
            || w.to_lowercase().ends_with("laan")
    })
}

/// A city or region name: letters of any script with spaces, hyphens, apostrophes and dots,
/// capitalised where the script has case (`active`, a status, is not a city).
pub fn is_city(v: &[u8]) -> bool {
    let v = pii::trim(v);
    let Ok(s) = std::str::from_utf8(v) else { return false };
    let first = s.chars().next().unwrap_or(' ');
    // `WA`, `SP`, `NSW`: a state's or country's code, no town.
    let code = s.len() <= 3 && s.bytes().all(|b| b.is_ascii_uppercase());
    !code
        && (2..=60).contains(&s.len())
        && (first.is_uppercase() || (first.is_alphabetic() && !first.is_lowercase()))
        && s.chars()
            .all(|c| c.is_alphabetic() || " '’-.()".contains(c) || is_mark(c))
}

/// Combining marks (Devanagari vowel signs and viramas are marks, not letters).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963)
}

/// A postcode in one of the 16 locales' formats: 4-6 digits, `12345-6789`, `00-950`,
/// `114 55`, `1234 AB`, `01310-100`, `100-0001` (〒 before it or not), or a UK postcode.
pub fn is_postcode(v: &[u8]) -> bool {
    let v = pii::trim(v);
    let v = v.strip_prefix("〒".as_bytes()).unwrap_or(v);
    let shape: Vec<u8> = v
        .iter()
        .map(|&b| match b {
            b'0'..=b'9' => b'9',
            b'A'..=b'Z' | b'a'..=b'z' => b'A',
            b => b,
        })
        .collect();
    const SHAPES: &[&[u8]] = &[
        b"9999",
        b"99999",
        b"999999",
        b"99999-9999",
        b"99-999",
        b"999 99",
        b"9999 AA",
        b"9999AA",
        b"99999-999",
        b"A9A 9A9",
        b"99999999",
        b"999-9999",
        b"A9 9AA",
        b"A99 9AA",
        b"AA9 9AA",
        b"AA99 9AA",
        b"A9A 9AA",
        b"AA9A 9AA",
    ];
    SHAPES.contains(&shape.as_slice())
}

/// A login name: 2-64 characters with a letter, no spaces, not an email, UUID or number.
pub fn is_username(v: &[u8]) -> bool {
    let v = pii::trim(v);
    let Ok(s) = std::str::from_utf8(v) else { return false };
    (2..=64).contains(&s.chars().count())
        && s.chars().any(char::is_alphabetic)
        && s.chars().all(|c| c.is_alphanumeric() || "._-".contains(c))
        && !(s.len() == 36 && s.bytes().filter(|&b| b == b'-').count() == 4)
}

/// A document number (passport, driving licence): 5-20 letters and digits with at least two
/// digits, separators allowed.
pub fn is_document_number(v: &[u8]) -> bool {
    let v = pii::trim(v);
    (5..=20).contains(&v.len())
        && v.iter().filter(|b| b.is_ascii_digit()).count() >= 2
        && v.iter().all(|b| b.is_ascii_alphanumeric() || b" -/".contains(b))
}

/// A licence plate: 2-12 characters of letters (any script) and digits with both, separators
/// allowed (`B-MW 1234`, `AB 123 CD`, `京A·12345`, `12가 3456`, `А123ВС 77`).
pub fn is_licence_plate(v: &[u8]) -> bool {
    let v = pii::trim(v);
    let Ok(s) = std::str::from_utf8(v) else { return false };
    (2..=12).contains(&s.chars().filter(|c| c.is_alphanumeric()).count())
        && s.chars().count() <= 14
        && s.chars().any(|c| c.is_ascii_digit())
        && s.chars().any(char::is_alphabetic)
        && s.chars().all(|c| c.is_alphanumeric() || " -·.".contains(c))
}

/// A latitude or longitude (a number within ±180 with decimals), or a `lat, lon` pair.
pub fn is_coordinate(v: &[u8]) -> bool {
    let v = pii::trim(v);
    let Ok(s) = std::str::from_utf8(v) else { return false };
    let one = |p: &str| {
        let p = p.trim();
        p.contains('.') && p.parse::<f64>().is_ok_and(|x| x.abs() <= 180.0)
    };
    let s = s.trim_start_matches('(').trim_end_matches(')');
    match s.split_once(',') {
        Some((a, b)) => one(a) && one(b),
        None => one(s),
    }
}

/// An IPv6 address that can be someone's: not loopback, unspecified, multicast, unique-local,
/// link-local or documentation space. (Unlike a host's, it need not be in today's global
/// unicast 2000::/3: a column of addresses is person data whatever range they are from.)
pub fn is_public_ipv6(v: &[u8]) -> bool {
    let v = pii::trim(v);
    let Ok(s) = std::str::from_utf8(v) else { return false };
    let s = s.strip_suffix("/128").unwrap_or(s);
    let Ok(ip) = s.parse::<std::net::Ipv6Addr>() else {
        return false;
    };
    if let Some(v4) = ip.to_ipv4_mapped() {
        return super::hosts::is_public_ip(v4.into());
    }
    !super::hosts::is_special_v6(ip)
}

/// A payment card number written alone: 13-19 digits, grouped or not, Luhn-valid, starting
/// with a payment industry digit (2-6). Looser than free text's issuer table: the column's
/// share decides, and one random number in ten passes Luhn.
pub fn is_card_value(v: &[u8]) -> bool {
    let v = pii::trim(v);
    if !v.iter().all(|b| b.is_ascii_digit() || *b == b' ' || *b == b'-') {
        return false;
    }
    let d: Vec<u8> = v.iter().filter(|b| b.is_ascii_digit()).map(|b| b - b'0').collect();
    (13..=19).contains(&d.len()) && (2..=6).contains(&d[0]) && pii::luhn(&d) && !d.iter().all(|&x| x == d[0])
}

/// A `lat,lon` pair written as text with at least 4 decimals each (a position to ~10 m).
pub fn is_coordinate_pair(v: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(pii::trim(v)) else {
        return false;
    };
    let s = s.trim_start_matches('(').trim_end_matches(')');
    let Some((a, b)) = s.split_once(',') else { return false };
    let fine = |p: &str| p.trim().split_once('.').is_some_and(|(_, d)| d.len() >= 4);
    fine(a) && fine(b) && is_coordinate(v)
}

/// A value judged as the column's name says (`hint`), for a column with a weak name or
/// none: the first kind that `v` is, and for dates their year.
///
/// Postcodes, logins and single coordinates are told by value only in a table of people (the
/// verdict checks that): a 5-digit string or `jsmith84` proves little alone. Plates are not
/// told by value at all: a cabin `C85` or a part `RD-A-7` looks the same.
pub fn classify(hint: Option<Kind>, v: &[u8]) -> Option<(Kind, u32)> {
    let v = pii::trim(v);
    if v.is_empty() || v.len() > 200 {
        return None;
    }
    if let Some(k) = hint {
        let ok = match k {
            Kind::PersonName => std::str::from_utf8(v).is_ok_and(is_person_name),
            Kind::City => is_city(v),
            Kind::Postcode => is_postcode(v),
            Kind::Geolocation => is_coordinate(v),
            Kind::Username => is_username(v),
            Kind::Passport | Kind::DriverLicence => is_document_number(v),
            Kind::LicencePlate => is_licence_plate(v),
            _ => false,
        };
        if ok {
            return Some((k, 0));
        }
    }
    let b0 = v[0];
    if b0.is_ascii_hexdigit() || b0 == b':' {
        if v.contains(&b':') && is_public_ipv6(v) {
            return Some((Kind::Ipv6, 0));
        }
        if is_mac(v) {
            return Some((Kind::MacAddress, 0));
        }
    }
    if b0.is_ascii_digit() {
        if v.iter().filter(|&&b| b == b'.').count() == 3 && pii::is_public_ip_text(v) {
            return Some((Kind::IpAddress, 0));
        }
        if let Some(y) = date_year(v) {
            return Some((Kind::DateOfBirth, y));
        }
    }
    if v.iter().any(u8::is_ascii_digit) {
        if is_card_value(v) {
            return Some((Kind::CreditCard, 0));
        }
        if is_coordinate_pair(v) {
            return Some((Kind::Geolocation, 0));
        }
        if national_ids::identify(v).is_some() {
            return Some((Kind::NationalId, 0));
        }
        if is_phone_value(v) {
            return Some((Kind::Phone, 0));
        }
        if is_street_address_value(v) {
            return Some((Kind::StreetAddress, 0));
        }
        if is_postcode(v) {
            return Some((Kind::Postcode, 0));
        }
        if is_fine_coordinate(v) {
            return Some((Kind::Geolocation, 0));
        }
        if is_login(v) {
            return Some((Kind::Username, 0));
        }
        return None;
    }
    if std::str::from_utf8(v).is_ok_and(is_person_name) {
        return Some((Kind::PersonName, 0));
    }
    is_login(v).then_some((Kind::Username, 0))
}

/// One latitude or longitude to ~10 m: a number within ±180 with 4-8 decimals.
fn is_fine_coordinate(v: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(v) else { return false };
    s.split_once('.').is_some_and(|(_, d)| (4..=8).contains(&d.len())) && is_coordinate(v)
}

/// A login as people pick them: lower-case letters with digits, dots, dashes or underscores,
/// 3-32 characters, not a file name.
fn is_login(v: &[u8]) -> bool {
    (3..=32).contains(&v.len())
        && v[0].is_ascii_lowercase()
        && v.iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(b))
        && !v.rsplit(|&b| b == b'.').next().is_some_and(|ext| {
            v.contains(&b'.') && (2..=4).contains(&ext.len()) && ext.iter().all(u8::is_ascii_lowercase)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validators() {
        assert!(is_mac(b"00:1A:2b:3c:4D:5e") && is_mac(b"00-1a-2b-3c-4d-5e") && is_mac(b"001a.2b3c.4d5e"));
        assert!(!is_mac(b"00:00:00:00:00:00") && !is_mac(b"00:1A:2b:3c:4D") && !is_mac(b"2024-01-01-12"));
        for (d, y) in [
            ("1946-11-08", 1946),
            ("08.08.1966", 1966),
            ("08/28/1966", 1966),
            ("2004年06月07日", 2004),
            ("2004년 06월 07일", 2004),
            ("2004. 6. 7.", 2004),
            ("1990-01-02 00:00:00", 1990),
        ] {
            assert_eq!(date_year(d.as_bytes()), Some(y), "{d}");
        }
        for d in ["1946-13-40", "12345", "v1.2.3", "2004年"] {
            assert_eq!(date_year(d.as_bytes()), None, "{d}");
        }
        for p in [
            "+49 30 1234567",
            "030 1234567",
            "090-1234-5678",
            "(212) 555-0198",
            "13912345678",
            "8 912 345-67-89",
        ] {
            assert!(is_phone_value(p.as_bytes()), "{p}");
        }
        for p in ["12345678", "123-456-7890", "2024.01.02", "1234567890123"] {
            assert!(!is_phone_value(p.as_bytes()), "{p}");
        }
        for a in [
            "12 Main Street",
            "Hauptstraße 5",
            "Calle Mayor, 3",
            "北京市朝阳区建国路88号",
            "ul. Długa 7",
        ] {
            assert!(is_street_address_value(a.as_bytes()), "{a}");
        }
        for a in ["Order 12 shipped", "Electronics", "Room 12"] {
            assert!(!is_street_address_value(a.as_bytes()), "{a}");
        }
        assert!(is_city("München".as_bytes()) && is_city("東京".as_bytes()) && !is_city(b"active"));
        assert!(is_city(b"Ede") && is_city(b"LYON") && !is_city(b"WA") && !is_city(b"NSW"));
        for p in [
            "10115",
            "00-950",
            "114 55",
            "1234 AB",
            "01310-100",
            "〒100-0001",
            "SW1A 1AA",
            "110001",
        ] {
            assert!(is_postcode(p.as_bytes()), "{p}");
        }
        assert!(!is_postcode(b"12") && !is_postcode(b"ABC-12"));
        assert!(is_username(b"jsmith_84") && !is_username(b"John Smith") && !is_username(b"12345"));
        assert!(is_licence_plate("B-MW 1234".as_bytes()) && is_licence_plate("京A·12345".as_bytes()));
        assert!(is_coordinate(b"52.520008") && is_coordinate(b"(52.52, 13.405)") && !is_coordinate(b"520"));
        assert!(
            is_public_ipv6(b"2a00:1450:4001:81b::200e")
                && !is_public_ipv6(b"2001:db8::1")
                && !is_public_ipv6(b"fe80::1")
        );
        assert!(is_public_ipv6(b"2766:504d:e312:9c1e:7a3b:1f00:4c2d:9e01"));
        assert!(is_card_value(b"3505068577412779") && !is_card_value(b"3505068577412778"));
        assert!(is_coordinate_pair(b"41.759003,-87.650010") && !is_coordinate_pair(b"1.5,2.5"));
    }

    #[test]
    fn classify_by_value() {
        assert_eq!(classify(None, b"2a00:1450:4001:81b::200e"), Some((Kind::Ipv6, 0)));
        assert_eq!(classify(None, b"8.8.4.4"), Some((Kind::IpAddress, 0)));
        assert_eq!(classify(None, b"1966-08-08"), Some((Kind::DateOfBirth, 1966)));
        assert_eq!(classify(None, b"00:1a:2b:3c:4d:5e"), Some((Kind::MacAddress, 0)));
        assert_eq!(classify(None, "张伟".as_bytes()).map(|k| k.0), Some(Kind::PersonName));
        assert_eq!(classify(None, b"MANTENIMIENTO"), None);
        assert_eq!(classify(Some(Kind::Postcode), b"10115"), Some((Kind::Postcode, 0)));
        assert_eq!(
            classify(None, b"10115"),
            Some((Kind::Postcode, 0)),
            "judged in a table of people only"
        );
    }
}
