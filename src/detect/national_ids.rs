//! National identifiers with a checksum: which one a value is, exactly (its length, its fixed
//! parts, its check characters, and for those that carry one, a real birth date). The facts come
//! from `research/pii/national_ids.json` (each rule written out there with its sources); the
//! tests run every valid and invalid example of that file.

/// One kind of identifier.
#[derive(Debug)]
pub struct IdKind {
    /// Its id in `research/pii/national_ids.json`, by which the tests find its examples.
    #[cfg_attr(not(test), allow(dead_code))]
    pub id: &'static str,
    /// The value without separators (spaces, dots, dashes, `+`), upper-cased.
    validate: fn(&[u8]) -> bool,
    /// Positions of the check characters in the compact value (from its end when negative is
    /// not needed: every kind here has them last), and what they may be.
    pub check_len: usize,
    pub check_alphabet: &'static [u8],
}

const DIGITS: &[u8] = b"0123456789";
const DNI_LETTERS: &[u8] = b"TRWAGMYFPDXBNJZSQVHLCKE";

/// Every kind, the most specific first (a value may pass a looser one by chance).
pub const ALL: &[IdKind] = &[
    k("cn_ric", cn_ric, 1, b"0123456789X"),
    k("fr_nir", fr_nir, 2, DIGITS),
    k("kr_rrn", kr_rrn, 1, DIGITS),
    k("es_nie", es_nie, 1, DNI_LETTERS),
    k("es_dni", es_dni, 1, DNI_LETTERS),
    k("se_personnummer", se_personnummer, 1, DIGITS),
    k("pl_pesel", pl_pesel, 1, DIGITS),
    k("br_cpf", br_cpf, 2, DIGITS),
    k("tr_tckn", tr_tckn, 2, DIGITS),
    k("ru_inn", ru_inn, 2, DIGITS),
    k("ru_snils", ru_snils, 2, DIGITS),
    k("de_steuer_id", de_steuer_id, 1, DIGITS),
    k("jp_my_number", jp_my_number, 1, DIGITS),
    k("in_aadhaar", in_aadhaar, 1, DIGITS),
    k("gb_nhs_number", gb_nhs, 1, DIGITS),
    k("nl_bsn", nl_bsn, 1, DIGITS),
    k("lk_nic", lk_nic, 1, b"VX"),
];

const fn k(id: &'static str, validate: fn(&[u8]) -> bool, check_len: usize, check_alphabet: &'static [u8]) -> IdKind {
    IdKind {
        id,
        validate,
        check_len,
        check_alphabet,
    }
}

impl IdKind {
    /// Whether the compact value `c` (see [`compact`]) is a valid one of this kind.
    pub fn is_valid(&self, c: &[u8]) -> bool {
        (self.validate)(c)
    }
}

/// The value without the separators people write (space, dot, dash, `+`), upper-cased; None if
/// anything else is in it or it is too long to be an identifier.
pub fn compact(v: &[u8]) -> Option<Vec<u8>> {
    if v.len() > 24 {
        return None;
    }
    let mut out = Vec::with_capacity(v.len());
    for &b in v {
        match b {
            b' ' | b'.' | b'-' | b'+' => {}
            b if b.is_ascii_alphanumeric() => out.push(b.to_ascii_uppercase()),
            _ => return None,
        }
    }
    Some(out)
}

/// The identifier a column's name says it holds, where that one has check digits (`cpf`,
/// `nr_pesel`, `tc_kimlik_no`): its values are judged by them.
pub fn named_by(column: &str) -> Option<&'static IdKind> {
    const NAMES: &[(&str, &str)] = &[
        ("cpf", "br_cpf"),
        ("pesel", "pl_pesel"),
        ("bsn", "nl_bsn"),
        ("burgerservicenummer", "nl_bsn"),
        ("tckn", "tr_tckn"),
        ("tckimlikno", "tr_tckn"),
        ("kimlik", "tr_tckn"),
        ("snils", "ru_snils"),
        ("снилс", "ru_snils"),
        ("inn", "ru_inn"),
        ("инн", "ru_inn"),
        ("nir", "fr_nir"),
        ("aadhaar", "in_aadhaar"),
        ("aadhar", "in_aadhaar"),
        ("personnummer", "se_personnummer"),
        ("dni", "es_dni"),
        ("nie", "es_nie"),
        ("steuerid", "de_steuer_id"),
        ("mynumber", "jp_my_number"),
        ("jumin", "kr_rrn"),
        ("rrn", "kr_rrn"),
        ("nhs", "gb_nhs_number"),
    ];
    let lower = column.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let joined: String = words.concat();
    let id = NAMES
        .iter()
        .find(|(n, _)| words.contains(n) || joined == *n || (n.len() >= 6 && joined.contains(n)))?
        .1;
    ALL.iter().find(|k| k.id == id)
}

/// Which identifier `v` is, if any.
pub fn identify(v: &[u8]) -> Option<&'static IdKind> {
    let c = compact(v)?;
    ALL.iter().find(|k| k.is_valid(&c))
}

fn digits(c: &[u8]) -> Option<Vec<u32>> {
    c.iter()
        .map(|b| b.is_ascii_digit().then(|| (b - b'0') as u32))
        .collect()
}

fn weighted(d: &[u32], w: &[u32]) -> u32 {
    d.iter().zip(w).map(|(a, b)| a * b).sum()
}

fn all_same(d: &[u32]) -> bool {
    d.iter().all(|&x| x == d[0])
}

/// A real calendar date (Gregorian).
fn real_date(y: u32, m: u32, d: u32) -> bool {
    let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

fn num(d: &[u32]) -> u32 {
    d.iter().fold(0, |a, &x| a * 10 + x)
}

/// China: 17 digits (6 region, 8 birth date, 3 serial), ISO 7064 MOD 11-2 check (10 is X).
fn cn_ric(c: &[u8]) -> bool {
    if c.len() != 18 {
        return false;
    }
    let Some(d) = digits(&c[..17]) else { return false };
    let w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let check = (12 - weighted(&d, &w) % 11) % 11;
    let want = if check == 10 { b'X' } else { b'0' + check as u8 };
    let (y, m, day) = (num(&d[6..10]), num(&d[10..12]), num(&d[12..14]));
    d[0] != 0 && (1900..=2099).contains(&y) && real_date(y, m, day) && c[17] == want
}

/// France: 13 characters (2A/2B Corsica) and a key 97 - N mod 97.
fn fr_nir(c: &[u8]) -> bool {
    if c.len() != 15 {
        return false;
    }
    let mut body = c[..13].to_vec();
    let corsica = match &body[5..7] {
        b"2A" => 1_000_000u64,
        b"2B" => 2_000_000,
        _ => 0,
    };
    if corsica > 0 {
        body[5] = b'2';
        body[6] = b'0';
    }
    let (Some(b), Some(key)) = (digits(&body), digits(&c[13..])) else {
        return false;
    };
    let n = b.iter().fold(0u64, |a, &x| a * 10 + x as u64) - corsica;
    let month = num(&b[3..5]);
    matches!(b[0], 1..=4 | 7 | 8)
        && ((1..=12).contains(&month) || month == 20 || (30..=42).contains(&month) || month >= 50)
        && (97 - n % 97) as u32 == num(&key)
}

/// Korea: YYMMDD, a gender/century digit, 5 serial digits, (11 - S mod 11) mod 10.
fn kr_rrn(c: &[u8]) -> bool {
    if c.len() != 13 {
        return false;
    }
    let Some(d) = digits(c) else { return false };
    let w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
    let century = match d[6] {
        1 | 2 | 5 | 6 => 1900,
        3 | 4 | 7 | 8 => 2000,
        9 | 0 => 1800,
        _ => return false,
    };
    real_date(century + num(&d[..2]), num(&d[2..4]), num(&d[4..6])) && (11 - weighted(&d[..12], &w) % 11) % 10 == d[12]
}

fn dni_letter(n: u32) -> u8 {
    DNI_LETTERS[(n % 23) as usize]
}

/// Spain (DNI): 8 digits and the letter of their number mod 23.
fn es_dni(c: &[u8]) -> bool {
    c.len() == 9 && digits(&c[..8]).is_some_and(|d| dni_letter(num(&d)) == c[8])
}

/// Spain (NIE): X/Y/Z (for 0/1/2), 7 digits, the DNI letter.
fn es_nie(c: &[u8]) -> bool {
    if c.len() != 9 {
        return false;
    }
    let lead = match c[0] {
        b'X' => 0,
        b'Y' => 1,
        b'Z' => 2,
        _ => return false,
    };
    digits(&c[1..8]).is_some_and(|d| dni_letter(lead * 10_000_000 + num(&d)) == c[8])
}

fn luhn_ok(d: &[u32]) -> bool {
    let mut sum = 0;
    for (i, &x) in d.iter().rev().enumerate() {
        let mut v = x;
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

/// Sweden: YYMMDD (day + 60 for a coordination number), 3 digits, Luhn over those 10 (a
/// century before them is not part of the check).
fn se_personnummer(c: &[u8]) -> bool {
    let c = match c.len() {
        10 => c,
        12 => &c[2..],
        _ => return false,
    };
    let Some(d) = digits(c) else { return false };
    let day = num(&d[4..6]);
    let day = if day > 60 { day - 60 } else { day };
    // Any century: the leap day is checked against 2000 (a leap year).
    real_date(2000 + num(&d[..2]), num(&d[2..4]), day) && luhn_ok(&d)
}

/// Poland: YYMMDD with the century in the month, 4 digits, weights 1,3,7,9.
fn pl_pesel(c: &[u8]) -> bool {
    if c.len() != 11 {
        return false;
    }
    let Some(d) = digits(c) else { return false };
    let m = num(&d[2..4]);
    let (century, month) = match m {
        81..=92 => (1800, m - 80),
        1..=12 => (1900, m),
        21..=32 => (2000, m - 20),
        41..=52 => (2100, m - 40),
        61..=72 => (2200, m - 60),
        _ => return false,
    };
    let w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    real_date(century + num(&d[..2]), month, num(&d[4..6])) && (10 - weighted(&d[..10], &w) % 10) % 10 == d[10]
}

fn mod11_digit(s: u32) -> u32 {
    let r = s % 11;
    if r < 2 {
        0
    } else {
        11 - r
    }
}

/// Brazil (CPF): 9 digits and two mod-11 check digits; never ten repeated digits.
fn br_cpf(c: &[u8]) -> bool {
    if c.len() != 11 {
        return false;
    }
    let Some(d) = digits(c) else { return false };
    let dv1 = mod11_digit(weighted(&d[..9], &[10, 9, 8, 7, 6, 5, 4, 3, 2]));
    let dv2 = mod11_digit(weighted(&d[..10], &[11, 10, 9, 8, 7, 6, 5, 4, 3, 2]));
    !all_same(&d) && d[9] == dv1 && d[10] == dv2
}

/// Türkiye (TCKN): 11 digits, the first not 0, two arithmetic check digits.
fn tr_tckn(c: &[u8]) -> bool {
    if c.len() != 11 {
        return false;
    }
    let Some(d) = digits(c) else { return false };
    let odd = d[0] + d[2] + d[4] + d[6] + d[8];
    let even = d[1] + d[3] + d[5] + d[7];
    let d10 = ((odd * 7) as i64 - even as i64).rem_euclid(10) as u32;
    let d11 = d[..10].iter().sum::<u32>() % 10;
    d[0] != 0 && d[9] == d10 && d[10] == d11
}

/// Russia (INN): 10 digits with one check digit (organisations) or 12 with two (people).
fn ru_inn(c: &[u8]) -> bool {
    let Some(d) = digits(c) else { return false };
    let chk = |w: &[u32], upto: usize| weighted(&d[..upto], w) % 11 % 10;
    match d.len() {
        10 => d[9] == chk(&[2, 4, 10, 3, 5, 9, 4, 6, 8], 9),
        12 => {
            d[10] == chk(&[7, 2, 4, 10, 3, 5, 9, 4, 6, 8], 10) && d[11] == chk(&[3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8], 11)
        }
        _ => false,
    }
}

/// Russia (SNILS): 9 digits weighted 9..1, the sum mod 101 as two digits (100 and 101 are 00).
fn ru_snils(c: &[u8]) -> bool {
    if c.len() != 11 {
        return false;
    }
    let Some(d) = digits(c) else { return false };
    let mut s = weighted(&d[..9], &[9, 8, 7, 6, 5, 4, 3, 2, 1]);
    if s > 101 {
        s %= 101;
    }
    let check = if s == 100 || s == 101 { 0 } else { s };
    num(&d[9..]) == check
}

/// Germany (Steuer-ID): 11 digits, the first not 0; among the first ten one digit occurs twice
/// or three times (three not side by side); ISO 7064 MOD 11,10 check.
fn de_steuer_id(c: &[u8]) -> bool {
    if c.len() != 11 {
        return false;
    }
    let Some(d) = digits(c) else { return false };
    let mut count = [0u8; 10];
    for &x in &d[..10] {
        count[x as usize] += 1;
    }
    let repeated: Vec<usize> = (0..10).filter(|&i| count[i] > 1).collect();
    let repetition_ok = match repeated.as_slice() {
        [r] if count[*r] == 2 => true,
        [r] if count[*r] == 3 => !d[..10].windows(3).any(|w| w.iter().all(|&x| x as usize == *r)),
        _ => false,
    };
    let mut product = 10;
    for &x in &d[..10] {
        let mut s = (x + product) % 10;
        if s == 0 {
            s = 10;
        }
        product = (2 * s) % 11;
    }
    let check = match 11 - product {
        10 => 0,
        c => c,
    };
    d[0] != 0 && repetition_ok && d[10] == check
}

/// Japan (My Number): 11 digits weighted 6,5,4,3,2,7,6,5,4,3,2; check 0 if r <= 1 else 11 - r.
fn jp_my_number(c: &[u8]) -> bool {
    if c.len() != 12 {
        return false;
    }
    let Some(d) = digits(c) else { return false };
    let r = weighted(&d[..11], &[6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
    d[11] == if r <= 1 { 0 } else { 11 - r }
}

/// The Verhoeff scheme's tables (dihedral group D5).
const VERHOEFF_D: [[u8; 10]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P1: [u8; 10] = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];

/// India (Aadhaar): 12 digits, the first 2-9, not all the same, Verhoeff-valid.
fn in_aadhaar(c: &[u8]) -> bool {
    if c.len() != 12 {
        return false;
    }
    let Some(d) = digits(c) else { return false };
    let mut check = 0u8;
    for (i, &x) in d.iter().rev().enumerate() {
        // p[i mod 8] is p1 applied i mod 8 times.
        let mut p = x as u8;
        for _ in 0..i % 8 {
            p = VERHOEFF_P1[p as usize];
        }
        check = VERHOEFF_D[check as usize][p as usize];
    }
    d[0] >= 2 && !all_same(&d) && check == 0
}

/// UK (NHS number): 9 digits weighted 10..2, check 11 - S mod 11 (11 is 0; 10 is never issued).
fn gb_nhs(c: &[u8]) -> bool {
    if c.len() != 10 {
        return false;
    }
    let Some(d) = digits(c) else { return false };
    let check = match 11 - weighted(&d[..9], &[10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11 {
        11 => 0,
        10 => return false,
        c => c,
    };
    !all_same(&d) && d[9] == check
}

/// Netherlands (BSN): 9 digits (8 left-padded), the 11-test with weight -1 on the last.
fn nl_bsn(c: &[u8]) -> bool {
    let padded: Vec<u8> = match c.len() {
        9 => c.to_vec(),
        8 => [&b"0"[..], c].concat(),
        _ => return false,
    };
    let Some(d) = digits(&padded) else { return false };
    let s = weighted(&d[..8], &[9, 8, 7, 6, 5, 4, 3, 2]) as i64 - d[8] as i64;
    s.rem_euclid(11) == 0 && d.iter().any(|&x| x != 0)
}

/// Sri Lankan NIC, old format: 9 digits (the 3rd-5th the day of birth in the year, 500 added
/// for women) and V or X. No published check: the day and the letter are what is checked.
fn lk_nic(c: &[u8]) -> bool {
    let (Some(d), Some(&l)) = (c.get(..9).and_then(digits), c.get(9)) else {
        return false;
    };
    let day = num(&d[2..5]);
    c.len() == 10 && (l == b'V' || l == b'X') && ((1..=366).contains(&day) || (501..=866).contains(&day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names_say_which_identifier() {
        let id = |c: &str| named_by(c).map(|k| k.id);
        assert_eq!(id("cpf"), Some("br_cpf"));
        assert_eq!(id("nr_pesel"), Some("pl_pesel"));
        assert_eq!(id("TcKimlikNo"), Some("tr_tckn"));
        assert_eq!(id("customer_dni"), Some("es_dni"));
        assert_eq!(id("снилс"), Some("ru_snils"));
        assert_eq!(id("national_id"), None);
        assert_eq!(id("dinner"), None);
        assert_eq!(id("nine"), None);
        // A valid CPF passes its kind; the same digits with a wrong check digit do not.
        let cpf = named_by("cpf").unwrap();
        assert!(cpf.is_valid(&compact(b"529.982.247-25").unwrap()));
        assert!(!cpf.is_valid(&compact(b"529.982.247-26").unwrap()));
    }

    /// Every example of research/pii/national_ids.json for the kinds implemented here: each valid
    /// one is identified as its own kind, no invalid one is valid for it.
    #[test]
    fn the_research_examples_hold() {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/research/pii/national_ids.json")).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let mut seen = 0;
        for entry in v["identifiers"].as_array().unwrap() {
            let Some(kind) = ALL.iter().find(|k| k.id == entry["id"]) else {
                continue;
            };
            seen += 1;
            for ex in entry["examples"]["valid"].as_array().unwrap() {
                let s = ex.as_str().unwrap();
                let c = compact(s.as_bytes()).unwrap();
                assert!(kind.is_valid(&c), "{}: {s} should be valid", kind.id);
            }
            for ex in entry["examples"]["invalid"].as_array().unwrap() {
                let s = ex.as_str().unwrap();
                let valid = compact(s.as_bytes()).is_some_and(|c| kind.is_valid(&c));
                assert!(!valid, "{}: {s} should be invalid", kind.id);
            }
        }
        assert_eq!(seen, ALL.len(), "every kind has its examples in the research file");
    }
}
