//! Fakes: deterministic, format-preserving replacements for one value of one kind.
//!
//! Every fake is drawn from HMAC-SHA256(key, kind, value), so the same value maps to the same
//! fake wherever it stands (joins and foreign keys hold), two runs with one key write the same
//! output, and nothing of the original can be read back without the key. Where a standard
//! reserves a range for examples the fake is drawn from it: emails at `example.com/.net/.org`,
//! IPs in TEST-NET-1/2/3 and `2001:db8::/32`, hosts under `.example`, US SSNs in the 9xx area no
//! SSN is issued from, cards in the 4000 00 test range.

use sha2::{Digest, Sha256};
use std::sync::OnceLock;

/// What a fake stands for (the `kind` of a policy's `fake` action).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FakeKind {
    Email,
    Phone,
    CreditCard,
    UsSsn,
    NationalId,
    Iban,
    IpAddress,
    DateOfBirth,
    PersonName,
    FirstName,
    LastName,
    StreetAddress,
    /// A password hash or digest: replaced by `!`, the locked-password mark of crypt(3) files.
    PasswordHash,
    /// Any other identifier (a city, a postcode, a login, a document or plate number): each
    /// letter and digit drawn anew in its own class and script, separators kept.
    Shape,
    /// A locally administered MAC address (`02:…`), the separators kept.
    MacAddress,
    /// A latitude or longitude: whole degrees kept (a region ~100 km across), decimals drawn.
    Coordinate,
}

impl FakeKind {
    /// The fake for what a PII detector found in a column, by the column's name for names.
    pub fn for_pii(kind: crate::detect::pii::Kind, column: &str) -> FakeKind {
        use crate::detect::pii::Kind as K;
        match kind {
            K::Email => FakeKind::Email,
            K::Phone => FakeKind::Phone,
            K::CreditCard => FakeKind::CreditCard,
            K::UsSsn => FakeKind::UsSsn,
            K::NationalId => FakeKind::NationalId,
            K::Iban => FakeKind::Iban,
            K::IpAddress => FakeKind::IpAddress,
            K::DateOfBirth => FakeKind::DateOfBirth,
            K::StreetAddress => FakeKind::StreetAddress,
            K::PasswordHash | K::PlaintextPassword => FakeKind::PasswordHash,
            K::Ipv6 => FakeKind::IpAddress,
            K::MacAddress => FakeKind::MacAddress,
            K::Geolocation => FakeKind::Coordinate,
            K::City | K::Postcode | K::Username | K::Passport | K::DriverLicence | K::LicencePlate => FakeKind::Shape,
            K::PersonName => {
                let c = column.to_ascii_lowercase();
                let has = |w: &[&str]| w.iter().any(|w| c.contains(w));
                if has(&[
                    "last",
                    "sur",
                    "family",
                    "nachname",
                    "apellido",
                    "cognome",
                    "nom_de_famille",
                ]) {
                    FakeKind::LastName
                } else if has(&["first", "given", "fore", "vorname", "prenom", "prénom"]) {
                    FakeKind::FirstName
                } else {
                    FakeKind::PersonName
                }
            }
        }
    }
}

/// The keyed generator.
pub struct Faker {
    /// SHA-256 states with the key's inner and outer pad already absorbed: each MAC then costs
    /// the value's blocks and one outer block, not two more pad blocks.
    inner: Sha256,
    outer: Sha256,
}

/// Bytes drawn from one MAC, re-hashed when used up.
struct Draw {
    block: [u8; 32],
    at: usize,
}

impl Draw {
    fn byte(&mut self) -> u8 {
        if self.at == self.block.len() {
            self.block = Sha256::digest(self.block).into();
            self.at = 0;
        }
        self.at += 1;
        self.block[self.at - 1]
    }
    fn below(&mut self, n: u32) -> u32 {
        let v = u32::from_le_bytes([self.byte(), self.byte(), self.byte(), self.byte()]);
        // n is small next to 2^32: the bias is below one in a million.
        v % n.max(1)
    }
    fn digit(&mut self) -> u8 {
        b'0' + self.below(10) as u8
    }
    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len() as u32) as usize]
    }
}

impl Faker {
    pub fn new(key: &[u8]) -> Faker {
        // HMAC (RFC 2104) over SHA-256: a key longer than the block is hashed first.
        let mut k = [0u8; 64];
        if key.len() > 64 {
            k[..32].copy_from_slice(&Sha256::digest(key));
        } else {
            k[..key.len()].copy_from_slice(key);
        }
        let (mut inner, mut outer) = ([0u8; 64], [0u8; 64]);
        for i in 0..64 {
            inner[i] = k[i] ^ 0x36;
            outer[i] = k[i] ^ 0x5c;
        }
        let (mut i, mut o) = (Sha256::new(), Sha256::new());
        i.update(inner);
        o.update(outer);
        Faker { inner: i, outer: o }
    }

    /// HMAC-SHA256(key, domain || 0 || value).
    pub fn mac(&self, domain: &str, value: &[u8]) -> [u8; 32] {
        let mut h = self.inner.clone();
        h.update(domain.as_bytes());
        h.update([0]);
        h.update(value);
        let inner = h.finalize();
        let mut h = self.outer.clone();
        h.update(inner);
        h.finalize().into()
    }

    fn draw(&self, domain: &str, value: &[u8]) -> Draw {
        Draw {
            block: self.mac(domain, value),
            at: 0,
        }
    }

    /// The fake of `v` as a `kind`.
    pub fn fake(&self, kind: FakeKind, v: &[u8]) -> Vec<u8> {
        match kind {
            FakeKind::Email => self.email(v),
            FakeKind::Phone => self.phone(v),
            FakeKind::CreditCard => self.card(v),
            FakeKind::UsSsn => self.ssn(v),
            FakeKind::NationalId => self.national_id(v),
            FakeKind::Iban => self.iban(v),
            FakeKind::IpAddress => self.ip(v),
            FakeKind::DateOfBirth => self.date(v),
            FakeKind::PersonName | FakeKind::FirstName | FakeKind::LastName => self.name(kind, v),
            FakeKind::StreetAddress => self.address(v),
            FakeKind::PasswordHash => b"!".to_vec(),
            FakeKind::Shape => self.shape(v),
            FakeKind::MacAddress => self.mac_address(v),
            FakeKind::Coordinate => self.coordinate(v),
        }
    }

    /// Every letter and digit replaced by a drawn one of the same class: ASCII case kept,
    /// Han, Hangul, kana, Cyrillic and Devanagari letters from their own blocks.
    fn shape(&self, v: &[u8]) -> Vec<u8> {
        self.shape_salted(v, 0)
    }

    /// [`Self::shape`], drawn anew for each `salt` (0 gives `shape`'s).
    pub fn shape_salted(&self, v: &[u8], salt: u8) -> Vec<u8> {
        let s = String::from_utf8_lossy(v);
        let mut d = if salt == 0 {
            self.draw("shape", v)
        } else {
            self.draw("shape", &[v, &[0, salt]].concat())
        };
        let from = |d: &mut Draw, lo: u32, n: u32| char::from_u32(lo + d.below(n)).unwrap_or('x');
        let out: String = s
            .chars()
            .map(|c| match c as u32 {
                0x30..=0x39 => (d.digit()) as char,
                0x41..=0x5A => (b'A' + d.below(26) as u8) as char,
                0x61..=0x7A => (b'a' + d.below(26) as u8) as char,
                0x4E00..=0x9FA5 => from(&mut d, 0x4E00, 0x51A6),
                0xAC00..=0xD7A3 => from(&mut d, 0xAC00, 0x2BA4),
                0x3041..=0x3093 => from(&mut d, 0x3041, 0x53),
                0x30A1..=0x30F3 => from(&mut d, 0x30A1, 0x53),
                0x0410..=0x042F => from(&mut d, 0x0410, 32),
                0x0430..=0x044F => from(&mut d, 0x0430, 32),
                0x0915..=0x0939 => from(&mut d, 0x0915, 0x25),
                _ if c.is_uppercase() => (b'A' + d.below(26) as u8) as char,
                _ if c.is_alphabetic() && c.is_lowercase() => (b'a' + d.below(26) as u8) as char,
                _ => c,
            })
            .collect();
        out.into_bytes()
    }

    fn mac_address(&self, v: &[u8]) -> Vec<u8> {
        let mut d = self.draw("mac", &v.to_ascii_lowercase());
        let sep = v.iter().copied().find(|b| !b.is_ascii_hexdigit()).unwrap_or(b':');
        let bytes: Vec<u8> = std::iter::once(0x02).chain((0..5).map(|_| d.byte())).collect();
        if sep == b'.' {
            format!(
                "{:02x}{:02x}.{:02x}{:02x}.{:02x}{:02x}",
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5]
            )
            .into_bytes()
        } else {
            bytes
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<Vec<_>>()
                .join(&(sep as char).to_string())
                .into_bytes()
        }
    }

    fn coordinate(&self, v: &[u8]) -> Vec<u8> {
        let mut d = self.draw("coordinate", v);
        let mut after_point = false;
        v.iter()
            .map(|&b| {
                if b == b'.' {
                    after_point = true;
                } else if !b.is_ascii_digit() {
                    after_point = false;
                } else if after_point {
                    return d.digit();
                }
                b
            })
            .collect()
    }

    /// A stable opaque stand-in (the `hash` action): 32 hex digits of the MAC.
    pub fn hash(&self, v: &[u8]) -> Vec<u8> {
        crate::util::digest::hex(&self.mac("hash", v)[..16]).into_bytes()
    }

    /// A host under the reserved `.example` (an IP literal: one of TEST-NET-1/2/3 or 2001:db8::).
    pub fn host(&self, h: &str) -> String {
        if h.parse::<std::net::IpAddr>().is_ok() {
            return String::from_utf8_lossy(&self.ip(h.as_bytes())).into_owned();
        }
        let m = self.mac("host", h.to_ascii_lowercase().as_bytes());
        format!("db-{}.example", crate::util::digest::hex(&m[..3]))
    }

    fn email(&self, v: &[u8]) -> Vec<u8> {
        let v = crate::detect::pii::trim(v).to_ascii_lowercase();
        let mut d = self.draw("email", &v);
        let en = names("en_US");
        let (first, last) = (d.pick(&en.first), d.pick(&en.last));
        let tag: String = (0..3).map(|_| format!("{:02x}", d.byte())).collect();
        let domain = d.pick(&["example.com", "example.org", "example.net"]);
        format!("{}.{}.{tag}@{domain}", ascii_lower(first), ascii_lower(last)).into_bytes()
    }

    /// The same punctuation, a kept `+` and country code, other digits drawn.
    fn phone(&self, v: &[u8]) -> Vec<u8> {
        let mut d = self.draw("phone", &digits_of(v));
        let keep = if v.first() == Some(&b'+') {
            v[1..].iter().take_while(|b| b.is_ascii_digit()).count().min(2)
        } else {
            0
        };
        let mut seen = 0;
        v.iter()
            .map(|&b| {
                if b.is_ascii_digit() {
                    seen += 1;
                    if seen <= keep {
                        b
                    } else {
                        d.digit()
                    }
                } else {
                    b
                }
            })
            .collect()
    }

    /// A Luhn-valid number in a test range, of the original's length and grouping.
    fn card(&self, v: &[u8]) -> Vec<u8> {
        let digs = digits_of(v);
        let mut d = self.draw("card", &digs);
        // Visa's test range (13, 16, 19 digits) or American Express's (15).
        let (prefix, n): (&[u8], usize) = match digs.len() {
            15 => (b"378282", 15),
            13 | 16 | 19 => (b"400000", digs.len()),
            _ => (b"400000", 16),
        };
        let mut out: Vec<u8> = prefix.to_vec();
        while out.len() < n - 1 {
            out.push(d.digit());
        }
        let check = luhn_check_digit(&out);
        out.push(check);
        if digs.len() == n {
            regroup(v, &out)
        } else {
            out
        }
    }

    /// 9xx area: never an issued SSN (the detectors know it), the shape kept.
    fn ssn(&self, v: &[u8]) -> Vec<u8> {
        let mut d = self.draw("ssn", &digits_of(v));
        let mut out = vec![b'9', d.digit(), d.digit()];
        out.extend([b'0' + 1 + d.below(9) as u8, d.digit()]);
        out.extend((0..4).map(|_| d.digit()));
        if out.len() == 9 && v.iter().filter(|b| **b == b'-').count() == 2 {
            let mut w = out[..3].to_vec();
            w.push(b'-');
            w.extend_from_slice(&out[3..5]);
            w.push(b'-');
            w.extend_from_slice(&out[5..]);
            return w;
        }
        out
    }

    /// A national identifier of the same kind as `v` (detect::national_ids: China, France,
    /// Korea, Spain, Sweden, Poland, Brazil, Türkiye, Russia, Germany, Japan, India, UK NHS,
    /// Netherlands), with its digits drawn and its check characters (and any birth date in it)
    /// valid again; anything else gets its digits drawn.
    fn national_id(&self, v: &[u8]) -> Vec<u8> {
        use crate::detect::national_ids::{compact, identify};
        let (Some(kind), Some(c)) = (identify(v), compact(v)) else {
            return self.digits_like(v, "national-id");
        };
        let mut d = self.draw("national-id", &c);
        let body = c.len() - kind.check_len;
        let alpha = kind.check_alphabet;
        let combos = alpha.len().pow(kind.check_len as u32);
        // A drawn body has a valid check in most kinds; a birth date inside makes more bodies
        // fail (an invalid date), and a few hundred draws are still enough.
        for _ in 0..2000 {
            let mut cand: Vec<u8> = c[..body]
                .iter()
                .map(|&b| if b.is_ascii_digit() { d.digit() } else { b })
                .collect();
            for i in 0..combos {
                cand.truncate(body);
                let mut x = i;
                for _ in 0..kind.check_len {
                    cand.push(alpha[x % alpha.len()]);
                    x /= alpha.len();
                }
                if cand != c && kind.is_valid(&cand) {
                    return regroup(v, &cand);
                }
            }
        }
        self.digits_like(v, "national-id")
    }

    /// Digits drawn, letters and punctuation kept.
    fn digits_like(&self, v: &[u8], domain: &str) -> Vec<u8> {
        let mut d = self.draw(domain, v);
        v.iter()
            .map(|&b| if b.is_ascii_digit() { d.digit() } else { b })
            .collect()
    }

    /// The country and length kept, the BBAN drawn (digits for digits, letters for letters),
    /// the check digits computed (ISO 13616 mod 97).
    fn iban(&self, v: &[u8]) -> Vec<u8> {
        let compact: Vec<u8> = v
            .iter()
            .filter(|b| b.is_ascii_alphanumeric())
            .map(u8::to_ascii_uppercase)
            .collect();
        if compact.len() < 5 || !compact[..2].iter().all(u8::is_ascii_alphabetic) {
            return self.digits_like(v, "iban");
        }
        let mut d = self.draw("iban", &compact);
        let bban: Vec<u8> = compact[4..]
            .iter()
            .map(|&b| {
                if b.is_ascii_digit() {
                    d.digit()
                } else {
                    b'A' + d.below(26) as u8
                }
            })
            .collect();
        let mut rearranged = bban.clone();
        rearranged.extend_from_slice(&compact[..2]);
        rearranged.extend_from_slice(b"00");
        let check = 98 - mod97(&rearranged);
        let mut out = compact[..2].to_vec();
        out.extend(format!("{check:02}").bytes());
        out.extend(bban);
        regroup(v, &out)
    }

    fn ip(&self, v: &[u8]) -> Vec<u8> {
        let s = String::from_utf8_lossy(crate::detect::pii::trim(v)).into_owned();
        let (addr, suffix) = match s.split_once('/') {
            Some((a, p)) => (a.to_string(), format!("/{p}")),
            None => (s.clone(), String::new()),
        };
        let mut d = self.draw("ip", addr.as_bytes());
        let fake = if addr.contains(':') {
            format!("2001:db8::{:x}:{:x}", d.below(65536), d.below(65536))
        } else {
            let net = d.pick(&["192.0.2", "198.51.100", "203.0.113"]);
            format!("{net}.{}", 1 + d.below(254))
        };
        // A /32 or /128 names one host; any other prefix would not fit the new address.
        let suffix = if suffix == "/32" && !addr.contains(':') || suffix == "/128" && addr.contains(':') {
            suffix
        } else {
            String::new()
        };
        format!("{fake}{suffix}").into_bytes()
    }

    /// A plausible date in the original's shape: year within five of the original's, month and
    /// day drawn (day at most 28, valid in every month).
    fn date(&self, v: &[u8]) -> Vec<u8> {
        let mut d = self.draw("date", v);
        // Digit runs and where they are.
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < v.len() {
            if v[i].is_ascii_digit() {
                let s = i;
                while i < v.len() && v[i].is_ascii_digit() {
                    i += 1;
                }
                runs.push((s, i));
            } else {
                i += 1;
            }
        }
        let num = |(a, b): (usize, usize)| v[a..b].iter().fold(0u32, |n, &x| n * 10 + (x - b'0') as u32);
        // Which run is the year, month and day: Y-M-D, or D.M.Y / M/D/Y.
        let order = match runs.as_slice() {
            [y, m, dd, ..] if y.1 - y.0 == 4 => Some((*y, *m, *dd)),
            [a, b, y, ..] if y.1 - y.0 == 4 => {
                if v.get(a.1) == Some(&b'/') {
                    Some((*y, *a, *b))
                } else {
                    Some((*y, *b, *a))
                }
            }
            _ => None,
        };
        let Some((yr, mo, dy)) = order else {
            return self.digits_like(v, "date");
        };
        let year = (num(yr) as i64 + d.below(11) as i64 - 5).clamp(1900, 2025) as u32;
        let (month, day) = (1 + d.below(12), 1 + d.below(28));
        let mut out = v.to_vec();
        let mut put = |(a, b): (usize, usize), n: u32| {
            let s = format!("{n:0w$}", w = b - a);
            if s.len() == b - a {
                out[a..b].copy_from_slice(s.as_bytes());
            }
        };
        put(yr, year);
        put(mo, month);
        put(dy, day);
        out
    }

    fn name(&self, kind: FakeKind, v: &[u8]) -> Vec<u8> {
        let s = String::from_utf8_lossy(crate::detect::pii::trim(v)).into_owned();
        let mut d = self.draw("name", s.as_bytes());
        let list = names(locale_of(&s));
        let words = s.split_whitespace().count().max(1);
        let parts: Vec<&str> = match kind {
            FakeKind::FirstName => vec![d.pick(&list.first)],
            FakeKind::LastName => vec![d.pick(&list.last)],
            _ if words == 1 && list.joined => vec![d.pick(&list.last), d.pick(&list.first)],
            _ if words == 1 => vec![d.pick(&list.first)],
            _ => {
                let mut p: Vec<&str> = (0..words - 1).map(|_| d.pick(&list.first)).collect();
                p.push(d.pick(&list.last));
                if list.family_first {
                    p.rotate_right(1);
                }
                p
            }
        };
        let sep = if words == 1 && list.joined { "" } else { " " };
        let mut out = parts.join(sep);
        // PENELOPE stays upper case.
        if !s.chars().any(char::is_lowercase) && s.chars().any(char::is_uppercase) {
            out = out.to_uppercase();
        }
        out.into_bytes()
    }

    fn address(&self, v: &[u8]) -> Vec<u8> {
        let mut d = self.draw("address", v);
        let en = names("en_US");
        let street = d.pick(&en.last);
        let kind = d.pick(&["Street", "Avenue", "Road", "Lane", "Drive", "Way", "Court", "Place"]);
        if v.iter().any(u8::is_ascii_digit) {
            format!("{} {street} {kind}", 1 + d.below(9999)).into_bytes()
        } else {
            format!("{street} {kind}").into_bytes()
        }
    }
}

/// One locale's name lists.
pub struct Names {
    pub first: Vec<&'static str>,
    pub last: Vec<&'static str>,
    /// Written family name first (CJK, Korean, Hungarian-style).
    family_first: bool,
    /// A one-word full name is family + given with no space (Chinese, Japanese, Korean).
    joined: bool,
}

/// The lists of `src/sanitize/names.tsv` (from PyPI Faker, MIT: see names.LICENSE).
fn names(locale: &str) -> &'static Names {
    static ALL: OnceLock<Vec<(&'static str, Names)>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        let mut out: Vec<(&'static str, Names)> = Vec::new();
        for line in include_str!("names.tsv").lines().filter(|l| !l.starts_with('#')) {
            let mut f = line.split('\t');
            let (Some(loc), Some(kind), Some(name)) = (f.next(), f.next(), f.next()) else {
                continue;
            };
            if out.last().is_none_or(|(l, _)| *l != loc) {
                let cjk = matches!(loc, "zh_CN" | "ja_JP" | "ko_KR");
                out.push((
                    loc,
                    Names {
                        first: Vec::new(),
                        last: Vec::new(),
                        family_first: cjk,
                        joined: cjk,
                    },
                ));
            }
            let n = &mut out.last_mut().expect("pushed").1;
            if kind == "first" {
                n.first.push(name);
            } else {
                n.last.push(name);
            }
        }
        out
    });
    all.iter()
        .find(|(l, _)| *l == locale)
        .or_else(|| all.first())
        .map(|(_, n)| n)
        .expect("names.tsv has en_US")
}

/// The locale whose names replace `s`: by the script of its letters, so a name stays in its
/// own script.
fn locale_of(s: &str) -> &'static str {
    let kana = s.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c));
    let Some(c) = s.chars().find(|c| c.is_alphabetic()) else {
        return "en_US";
    };
    match c {
        '\u{0400}'..='\u{04ff}' => "ru_RU",
        '\u{0370}'..='\u{03ff}' => "el_GR",
        '\u{0590}'..='\u{05ff}' => "he_IL",
        '\u{0600}'..='\u{06ff}' => "ar_SA",
        '\u{0900}'..='\u{097f}' => "hi_IN",
        '\u{0e00}'..='\u{0e7f}' => "th_TH",
        '\u{ac00}'..='\u{d7af}' | '\u{1100}'..='\u{11ff}' => "ko_KR",
        '\u{3040}'..='\u{30ff}' => "ja_JP",
        '\u{4e00}'..='\u{9fff}' if kana => "ja_JP",
        '\u{4e00}'..='\u{9fff}' => "zh_CN",
        _ => "en_US",
    }
}

fn ascii_lower(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase()
}

fn digits_of(v: &[u8]) -> Vec<u8> {
    v.iter().copied().filter(u8::is_ascii_digit).collect()
}

/// `new` (alphanumerics only) laid out like `like`: its separators where `like` has them.
fn regroup(like: &[u8], new: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(like.len());
    let mut it = new.iter();
    for &b in like {
        if b.is_ascii_alphanumeric() {
            match it.next() {
                Some(&n) => out.push(n),
                None => break,
            }
        } else {
            out.push(b);
        }
    }
    out.extend(it);
    out
}

fn luhn_check_digit(payload: &[u8]) -> u8 {
    let mut sum = 0u32;
    for (i, &b) in payload.iter().rev().enumerate() {
        let mut v = (b - b'0') as u32;
        if i % 2 == 0 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    b'0' + ((10 - sum % 10) % 10) as u8
}

/// Remainder mod 97 of the number a rearranged IBAN spells (letters as 10..35).
fn mod97(s: &[u8]) -> u32 {
    let mut r = 0u32;
    for &b in s {
        let v = if b.is_ascii_digit() {
            (b - b'0') as u32
        } else {
            (b.to_ascii_uppercase() - b'A') as u32 + 10
        };
        r = if v >= 10 { (r * 100 + v) % 97 } else { (r * 10 + v) % 97 };
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::pii;

    fn f() -> Faker {
        Faker::new(b"test key")
    }

    #[test]
    fn hmac_matches_rfc4231_case_2() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        let k = Faker::new(b"Jefe");
        let mut h = k.inner.clone();
        h.update(b"what do ya want for nothing?");
        let inner = h.finalize();
        let mut h = k.outer.clone();
        h.update(inner);
        assert_eq!(
            crate::util::digest::hex(&h.finalize()),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn fakes_are_deterministic_and_keyed() {
        let (a, b) = (f(), Faker::new(b"other key"));
        for kind in [
            FakeKind::Email,
            FakeKind::PersonName,
            FakeKind::CreditCard,
            FakeKind::Iban,
        ] {
            let v = b"Jane Smith 4111111111111111 DE89370400440532013000 jane@corp.com";
            assert_eq!(a.fake(kind, v), a.fake(kind, v));
            assert_ne!(a.fake(kind, v), b.fake(kind, v), "{kind:?}");
        }
    }

    #[test]
    fn fakes_keep_their_format() {
        let f = f();
        let e = f.fake(FakeKind::Email, b"Mary.Smith@sakilacustomer.org");
        let (s, end) = pii::find_email(&e).expect("an email");
        assert_eq!((s, end), (0, e.len()));
        assert!(pii::is_synthetic_email(&e), "{}", String::from_utf8_lossy(&e));

        let c = f.fake(FakeKind::CreditCard, b"6011 0009 9013 9424");
        assert!(
            pii::is_card(&c) && c.len() == 19 && c[4] == b' ',
            "{}",
            String::from_utf8_lossy(&c)
        );
        assert!(pii::is_card(&f.fake(FakeKind::CreditCard, b"378282246310005")));

        let i = f.fake(FakeKind::Iban, b"GB82 WEST 1234 5698 7654 32");
        assert!(
            pii::is_iban(&i) && i.starts_with(b"GB") && i.len() == 27,
            "{}",
            String::from_utf8_lossy(&i)
        );

        let ssn = f.fake(FakeKind::UsSsn, b"123-45-6789");
        assert_eq!(ssn.len(), 11);
        assert!(!pii::is_us_ssn(&ssn, false), "9xx is never issued");

        for ip in [&b"81.2.69.160"[..], b"2a00:1450:4001:81c::200e", b"81.2.69.160/32"] {
            let out = f.fake(FakeKind::IpAddress, ip);
            assert!(!pii::is_public_ip_text(&out), "{}", String::from_utf8_lossy(&out));
            assert!(String::from_utf8_lossy(&out)
                .split('/')
                .next()
                .unwrap()
                .parse::<std::net::IpAddr>()
                .is_ok());
        }

        let p = f.fake(FakeKind::Phone, b"+44 (20) 7946-0958");
        assert!(p.starts_with(b"+44 (") && p.len() == 18 && pii::is_phone(&p));

        for (d, shape) in [
            (&b"1966-08-08"[..], "dddd-dd-dd"),
            (b"08.08.1966", "dd.dd.dddd"),
            (b"2004\xe5\xb9\xb406\xe6\x9c\x8807\xe6\x97\xa5", ""),
        ] {
            let out = f.fake(FakeKind::DateOfBirth, d);
            assert_eq!(out.len(), d.len());
            if !shape.is_empty() {
                let got: String = out
                    .iter()
                    .map(|b| if b.is_ascii_digit() { 'd' } else { *b as char })
                    .collect();
                assert_eq!(got, shape);
            }
            if d.starts_with(b"1966-") {
                assert!(pii::is_date(&out), "{}", String::from_utf8_lossy(&out));
            }
        }
    }

    #[test]
    fn national_ids_keep_their_kind_and_checksum() {
        use crate::detect::national_ids::{compact, identify};
        let f = f();
        for v in [
            "440306199003071232",
            "1 85 07 75 056 123 23",
            "850612-1234514",
            "Y3489127H",
            "48.213.765-S",
            "850709-2388",
            "02261503645",
            "529.982.247-25",
            "38472910510",
            "500312345614",
            "128-734-956 96",
            "29 384 756 120",
            "3141 5926 5352",
            "2345 6789 0124",
            "401 023 7813",
            "123456782",
        ] {
            let kind = identify(v.as_bytes()).unwrap_or_else(|| panic!("{v}"));
            let out = f.fake(FakeKind::NationalId, v.as_bytes());
            let c = compact(&out).unwrap();
            assert!(
                kind.is_valid(&c),
                "{}: {v} -> {}",
                kind.id,
                String::from_utf8_lossy(&out)
            );
            assert_ne!(out, v.as_bytes());
            // The separators stay where they were.
            let shape = |s: &[u8]| {
                s.iter()
                    .map(|b| if b.is_ascii_alphanumeric() { b'x' } else { *b })
                    .collect::<Vec<u8>>()
            };
            assert_eq!(shape(&out), shape(v.as_bytes()), "{v}");
        }
    }

    #[test]
    fn names_stay_in_their_script_and_case() {
        let f = f();
        let ko = String::from_utf8(f.fake(FakeKind::PersonName, "김정남".as_bytes())).unwrap();
        assert!(ko.chars().all(|c| ('\u{ac00}'..='\u{d7af}').contains(&c)), "{ko}");
        let ru = String::from_utf8(f.fake(FakeKind::PersonName, "Титов Ефим Ануфриевич".as_bytes())).unwrap();
        assert_eq!(ru.split(' ').count(), 3);
        assert!(
            ru.chars()
                .filter(|c| c.is_alphabetic())
                .all(|c| ('\u{0400}'..='\u{04ff}').contains(&c)),
            "{ru}"
        );
        let up = f.fake(FakeKind::FirstName, b"PENELOPE");
        assert!(up.iter().all(|b| !b.is_ascii_lowercase()));
        assert!(pii::is_name(&f.fake(FakeKind::LastName, b"Smith")));
    }

    #[test]
    fn hosts_are_reserved() {
        let f = f();
        assert!(crate::detect::hosts::is_reserved_host(&f.host("pg-main.acme-corp.com")));
        assert!(
            crate::detect::hosts::is_reserved_host(&f.host("10.20.30.40"))
                || !pii::is_public_ip_text(f.host("10.20.30.40").as_bytes())
        );
    }
}
