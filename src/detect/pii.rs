//! Personal data: what a column's name and type say it holds, and the exact validators that
//! confirm a value (Luhn and issuer ranges for cards, SSA rules for US SSNs, mod-97 for IBANs,
//! public address ranges for IPs, ...). Findings are per table + column + kind.

use super::hosts::is_public_ip;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Email,
    Phone,
    CreditCard,
    UsSsn,
    NationalId,
    Iban,
    IpAddress,
    DateOfBirth,
    PersonName,
    StreetAddress,
    /// A password hash or digest in a column whose name says so (category credential-hash).
    PasswordHash,
    /// A password column's value that is no hash, digest or ciphertext: the password itself
    /// (category secret).
    PlaintextPassword,
    // Quasi-identifiers and identifiers found mostly by the column's name (detect::columns):
    // a city, postcode or position alone names no one, so these are reported only in a
    // table that holds other person data.
    City,
    Postcode,
    Geolocation,
    Username,
    MacAddress,
    Ipv6,
    Passport,
    DriverLicence,
    LicencePlate,
}

impl Kind {
    pub fn rule_id(self) -> crate::rules::registry::RuleId {
        match self {
            Kind::Email => crate::rules::rule_id!("pii-email"),
            Kind::Phone => crate::rules::rule_id!("pii-phone"),
            Kind::CreditCard => crate::rules::rule_id!("pii-credit-card"),
            Kind::UsSsn => crate::rules::rule_id!("pii-us-ssn"),
            Kind::NationalId => crate::rules::rule_id!("pii-national-id"),
            Kind::Iban => crate::rules::rule_id!("pii-iban"),
            Kind::IpAddress => crate::rules::rule_id!("pii-ip-address"),
            Kind::DateOfBirth => crate::rules::rule_id!("pii-date-of-birth"),
            Kind::PersonName => crate::rules::rule_id!("pii-person-name"),
            Kind::StreetAddress => crate::rules::rule_id!("pii-street-address"),
            Kind::PasswordHash => crate::rules::rule_id!("password-hash-column"),
            Kind::PlaintextPassword => crate::rules::rule_id!("plaintext-password-column"),
            Kind::City => crate::rules::rule_id!("pii-city"),
            Kind::Postcode => crate::rules::rule_id!("pii-postcode"),
            Kind::Geolocation => crate::rules::rule_id!("pii-geolocation"),
            Kind::Username => crate::rules::rule_id!("pii-username"),
            Kind::MacAddress => crate::rules::rule_id!("pii-mac-address"),
            Kind::Ipv6 => crate::rules::rule_id!("pii-ipv6"),
            Kind::Passport => crate::rules::rule_id!("pii-passport"),
            Kind::DriverLicence => crate::rules::rule_id!("pii-driver-licence"),
            Kind::LicencePlate => crate::rules::rule_id!("pii-licence-plate"),
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Kind::Email => "email addresses",
            Kind::Phone => "phone numbers",
            Kind::CreditCard => "payment card numbers",
            Kind::UsSsn => "US social security numbers",
            Kind::NationalId => "national identity numbers",
            Kind::Iban => "IBANs",
            Kind::IpAddress => "public IP addresses",
            Kind::DateOfBirth => "dates of birth",
            Kind::PersonName => "person names",
            Kind::StreetAddress => "street addresses",
            Kind::PasswordHash => "password hashes",
            Kind::PlaintextPassword => "plain-text passwords",
            Kind::City => "cities of residence",
            Kind::Postcode => "postcodes",
            Kind::Geolocation => "geographic positions",
            Kind::Username => "usernames",
            Kind::MacAddress => "MAC addresses",
            Kind::Ipv6 => "public IPv6 addresses",
            Kind::Passport => "passport numbers",
            Kind::DriverLicence => "driving licence numbers",
            Kind::LicencePlate => "vehicle licence plates",
        }
    }
    /// Kinds that identify no one alone: reported only beside other person data.
    pub fn is_quasi(self) -> bool {
        matches!(self, Kind::City | Kind::Postcode | Kind::Geolocation)
    }
    pub const ALL: [Kind; 21] = [
        Kind::Email,
        Kind::Phone,
        Kind::CreditCard,
        Kind::UsSsn,
        Kind::NationalId,
        Kind::Iban,
        Kind::IpAddress,
        Kind::DateOfBirth,
        Kind::PersonName,
        Kind::StreetAddress,
        Kind::PasswordHash,
        Kind::PlaintextPassword,
        Kind::City,
        Kind::Postcode,
        Kind::Geolocation,
        Kind::Username,
        Kind::MacAddress,
        Kind::Ipv6,
        Kind::Passport,
        Kind::DriverLicence,
        Kind::LicencePlate,
    ];
}

/// Column-name words that say what a column holds (matched against the name split on `_`,
/// and against the whole name). English and the common European languages.
const CONTEXT: &[(Kind, &[&str])] = &[
    (
        Kind::Phone,
        &[
            "phone",
            "telephone",
            "tel",
            "mobile",
            "cell",
            "cellphone",
            "fax",
            "handy",
            "telefon",
            "telefono",
            "teléfono",
            "telefone",
            "téléphone",
            "telephone_number",
            "telefoon",
            "puhelin",
            "msisdn",
            "whatsapp",
            "homephone",
            "mobilephone",
            "phonenumber",
            "mobil",
            "portable",
            "cellulare",
        ],
    ),
    (
        Kind::CreditCard,
        &[
            "card_number",
            "cardnumber",
            "card_no",
            "cc_number",
            "ccnum",
            "cc_num",
            "credit_card",
            "creditcard",
            "pan",
            "card_num",
            "kreditkarte",
            "carte_bancaire",
            "tarjeta",
        ],
    ),
    (
        Kind::UsSsn,
        &[
            "ssn",
            "social_security",
            "social_security_number",
            "socialsecuritynumber",
        ],
    ),
    (
        Kind::NationalId,
        &[
            "national_id",
            "nationalid",
            "national_insurance",
            "nino",
            "tax_id",
            "taxid",
            "tin",
            "bsn",
            "personnummer",
            "steuer_id",
            "steuernummer",
            "dni",
            "nif",
            "nie",
            "codice_fiscale",
            "aadhaar",
            "pesel",
            "cpr",
            "id_number",
            "idnumber",
            "personal_id",
            "insee",
            "sozialversicherungsnummer",
        ],
    ),
    (
        Kind::Iban,
        &[
            "iban",
            "bank_account",
            "account_number",
            "bankaccount",
            "kontonummer",
            "rib",
        ],
    ),
    (
        Kind::IpAddress,
        &[
            "ip",
            "ip_address",
            "ipaddress",
            "ipaddr",
            "ip_addr",
            "client_ip",
            "remote_ip",
            "remote_addr",
            "client_addr",
            "last_login_ip",
            "login_ip",
            "source_ip",
            "user_ip",
        ],
    ),
    (
        Kind::DateOfBirth,
        &[
            "birth_date",
            "birthdate",
            "date_of_birth",
            "dob",
            "birthday",
            "born",
            "birth",
            "geburtsdatum",
            "geburtstag",
            "date_naissance",
            "naissance",
            "fecha_nacimiento",
            "nacimiento",
            "data_nascita",
            "data_nascimento",
            "geboortedatum",
            "fodselsdato",
            "födelsedatum",
            "syntymäaika",
        ],
    ),
    (
        Kind::PersonName,
        &[
            "first_name",
            "firstname",
            "fname",
            "given_name",
            "givenname",
            "forename",
            "last_name",
            "lastname",
            "lname",
            "surname",
            "family_name",
            "familyname",
            "full_name",
            "fullname",
            "middle_name",
            "maiden_name",
            "contact_name",
            "contactname",
            "contact_person",
            "customer_name",
            "employee_name",
            "person_name",
            "cardholder",
            "cardholder_name",
            "account_holder",
            "recipient_name",
            "patient_name",
            "vorname",
            "nachname",
            "familienname",
            "prenom",
            "prénom",
            "nom_famille",
            "apellido",
            "apellidos",
            "cognome",
            "voornaam",
            "achternaam",
            "imie",
            "nazwisko",
            "fornavn",
            "efternavn",
            "etternavn",
            "fornamn",
            "förnamn",
            "efternamn",
            "sukunimi",
            "etunimi",
        ],
    ),
    (
        Kind::StreetAddress,
        &[
            "address",
            "address1",
            "address_1",
            "address_line1",
            "address_line_1",
            "addressline1",
            "street",
            "street_address",
            "streetaddress",
            "addr",
            "home_address",
            "mailing_address",
            "billing_address",
            "shipping_address",
            "ship_address",
            "postal_address",
            "adresse",
            "anschrift",
            "strasse",
            "straße",
            "direccion",
            "dirección",
            "indirizzo",
            "endereco",
            "endereço",
            "morada",
            "adres",
            "ulica",
            "gatuadress",
        ],
    ),
    (
        Kind::PasswordHash,
        &[
            "password",
            "passwd",
            "pwd",
            "password_hash",
            "passwordhash",
            "password_digest",
            "hashed_password",
            "encrypted_password",
            "crypted_password",
            "pass_hash",
            "pwd_hash",
            "passhash",
            "pw_hash",
            "hash",
            "passwort",
            "mot_de_passe",
            // Short spellings seen in real dumps (`t_roles.pass`, `users.user_pass`).
            "pass",
            "user_pass",
            "userpass",
            "usr_pass",
            "login_pass",
            "admin_pass",
        ],
    ),
    (
        Kind::Email,
        &[
            "email",
            "e_mail",
            "mail",
            "email_address",
            "emailaddress",
            "courriel",
            "correo",
        ],
    ),
];

/// "Password" in the languages of the locales pgscreen knows (`clave`, Spanish for "key" and
/// "code" as often, and `parola`, Italian for "word", are not among them).
const PASSWORD_WORDS: &[&str] = &[
    "passwort",
    "contrasena",
    "contraseña",
    "senha",
    "kennwort",
    "wachtwoord",
    "haslo",
    "hasło",
    "losenord",
    "lösenord",
    "sifre",
    "şifre",
    "heslo",
    "jelszo",
    "jelszó",
    "salasana",
    "passord",
    "adgangskode",
    "пароль",
    "パスワード",
    "密码",
    "密碼",
    "비밀번호",
    "पासवर्ड",
];

/// The kind a column name says it holds, if any.
pub fn context_of(column: &str) -> Option<Kind> {
    let lc = column.to_lowercase();
    // Columns that merely refer to or describe such data.
    const NOT: &[&str] = &[
        "_id",
        "_type",
        "_count",
        "_verified",
        "_confirmed",
        "_status",
        "_flag",
        "_format",
        "_updated",
        "_at",
        "_changed",
        "_reset",
        "_expires",
        "_policy",
        "_hint",
        "_length",
        "_salt",
        "_algorithm",
        "_iterations",
        "_prefix",
        "_code",
        "_ext",
        "_extension",
    ];
    if NOT.iter().any(|s| lc.ends_with(s))
        && !lc.ends_with("national_id")
        && !lc.ends_with("tax_id")
        && !lc.ends_with("personal_id")
        && !lc.ends_with("steuer_id")
    {
        return None;
    }
    for (kind, words) in CONTEXT {
        if words.contains(&lc.as_str()) {
            return Some(*kind);
        }
    }
    // Word-wise: `home_phone`, `customer_email`, `billing_address`, `last_login_ip`.
    let parts: Vec<&str> = lc.split(['_', '-', ' ']).collect();
    let last = *parts.last().unwrap_or(&"");
    for (kind, words) in CONTEXT {
        let hit = match kind {
            // Names and hashes only by the full name or a clear last word.
            Kind::PersonName => {
                ["firstname", "lastname", "surname", "fullname"].contains(&last)
                    || lc.ends_with("first_name")
                    || lc.ends_with("last_name")
                    || lc.ends_with("full_name")
            }
            Kind::PasswordHash => {
                // `usuario_senha`, `senha_hash`, `hash_passwort`.
                let foreign = |p: &str| p != "password" && p != "hash" && PASSWORD_WORDS.contains(&p);
                (["password", "passwd", "pwd", "hash", "digest"].contains(&last) || foreign(last))
                    && parts.iter().any(|p| p.starts_with("pass") || *p == "pwd" || foreign(p))
            }
            Kind::StreetAddress => {
                ["address", "street", "addr", "adresse", "strasse"].contains(&last)
                    && !parts.iter().any(|p| {
                        [
                            "email", "mail", "web", "url", "wallet", "contract", "server", "remote", "client",
                            "bitcoin", "eth",
                        ]
                        .contains(p)
                            || names_a_network_address(p)
                    })
            }
            _ => words.contains(&last),
        };
        if hit {
            return Some(*kind);
        }
    }
    None
}

/// Is `word` (one word of a column's name) a network address's kind: `ip`, `ipv6`, `inet`,
/// `mac`, `hw`? `ipv6_address`, `ipv6アドレス`, `mac_addr` name no street.
pub fn names_a_network_address(word: &str) -> bool {
    [
        "ip",
        "ipv4",
        "ipv6",
        "ip4",
        "ip6",
        "inet",
        "ipaddr",
        "mac",
        "macaddr",
        "hw",
        "hwaddr",
        "ether",
        "ethernet",
        "wifi",
        "wlan",
        "bluetooth",
        "bt",
        "lan",
        "network",
        "net",
        "host",
        "gateway",
        "proxy",
        "dns",
        "peer",
        "node",
        "vpn",
        "socket",
        "bind",
        "listen",
        "multicast",
        "broadcast",
    ]
    .contains(&word)
}

/// Types whose values are text that PII or secrets can hide in.
pub fn is_text_type(t: Option<&str>) -> bool {
    match t {
        None => true,
        Some(t) => {
            let base = t.trim_end_matches("[]");
            base == "text"
                || base.starts_with("character")
                || base == "bpchar"
                || base == "citext"
                || base == "json"
                || base == "jsonb"
                || base == "xml"
                || base == "name"
                || base.contains('.')
                || base == "\"char\""
        }
    }
}

/// The digit values of `v`, in `buf`; `None` when there are more than it holds (every caller
/// wants at most 19, and this runs per value: no allocation).
fn digits<'b>(v: &[u8], buf: &'b mut [u8; 24]) -> Option<&'b [u8]> {
    let mut n = 0;
    for &b in v {
        if b.is_ascii_digit() {
            *buf.get_mut(n)? = b - b'0';
            n += 1;
        }
    }
    Some(&buf[..n])
}

pub fn luhn(d: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, &x) in d.iter().rev().enumerate() {
        let mut v = x as u32;
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum.is_multiple_of(10)
}

/// Issuer ranges of the major card networks (IIN prefixes) with their lengths.
fn card_issuer(d: &[u8]) -> bool {
    let n = d.len();
    let p = |k: usize| d.iter().take(k).fold(0u32, |a, &x| a * 10 + x as u32);
    match d[0] {
        4 => n == 13 || n == 16 || n == 19,
        5 => (51..=55).contains(&p(2)) && n == 16,
        2 => (2221..=2720).contains(&p(4)) && n == 16,
        3 => {
            ((p(2) == 34 || p(2) == 37) && n == 15)
                || ((3528..=3589).contains(&p(4)) && (16..=19).contains(&n))
                || (((300..=305).contains(&p(3)) || p(2) == 36 || p(2) == 38 || p(2) == 39) && (14..=19).contains(&n))
        }
        6 => (p(4) == 6011 || p(2) == 65 || (644..=649).contains(&p(3)) || p(2) == 62) && (16..=19).contains(&n),
        _ => false,
    }
}

/// A payment card number: 13-19 digits, contiguous or in the printed groupings
/// (4-4-4-4, 4-6-5 for Amex, with spaces or dashes), issuer range and Luhn valid.
pub fn is_card(v: &[u8]) -> bool {
    let v = trim(v);
    if v.len() < 13 || v.len() > 23 || !v.iter().all(|b| b.is_ascii_digit() || *b == b' ' || *b == b'-') {
        return false;
    }
    // Group lengths; no accepted grouping has more than 5.
    let (mut groups, mut n) = ([0usize; 6], 0);
    for g in v.split(|b| *b == b' ' || *b == b'-') {
        let Some(slot) = groups.get_mut(n) else { return false };
        *slot = g.len();
        n += 1;
    }
    let groups = &groups[..n];
    let grouped_ok = groups.len() == 1
        || groups == [4, 4, 4, 4]
        || groups == [4, 6, 5]
        || groups == [4, 4, 4, 4, 3]
        || groups == [4, 6, 4];
    let mut buf = [0; 24];
    let Some(d) = digits(v, &mut buf) else { return false };
    grouped_ok && (13..=19).contains(&d.len()) && card_issuer(d) && luhn(d) && !d.iter().all(|&x| x == d[0])
}

/// US SSN: AAA-GG-SSSS (dashes optional only where the column says SSN); area not 000, 666 or
/// 900-999, group not 00, serial not 0000.
pub fn is_us_ssn(v: &[u8], dashes_required: bool) -> bool {
    let v = trim(v);
    let mut buf = [0; 24];
    let d = match v.len() {
        11 if v[3] == b'-' && v[6] == b'-' => digits(v, &mut buf),
        9 if !dashes_required => digits(v, &mut buf),
        _ => return false,
    };
    let Some(d) = d else { return false };
    if d.len() != 9 {
        return false;
    }
    let area = d[0] as u32 * 100 + d[1] as u32 * 10 + d[2] as u32;
    let group = d[3] * 10 + d[4];
    let serial = d[5..].iter().fold(0u32, |a, &x| a * 10 + x as u32);
    area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
}

/// IBAN: country code, check digits, BBAN of the country's length; mod-97 == 1.
pub fn is_iban(v: &[u8]) -> bool {
    let s: Vec<u8> = trim(v)
        .iter()
        .filter(|b| **b != b' ')
        .map(|b| b.to_ascii_uppercase())
        .collect();
    if s.len() < 15
        || s.len() > 34
        || !s[..2].iter().all(u8::is_ascii_uppercase)
        || !s[2..4].iter().all(u8::is_ascii_digit)
        || !s.iter().all(u8::is_ascii_alphanumeric)
    {
        return false;
    }
    if let Some(len) = iban_length(&s[..2]) {
        if s.len() != len {
            return false;
        }
    } else {
        return false;
    }
    let mut rem = 0u32;
    for &c in s[4..].iter().chain(&s[..4]) {
        let val = if c.is_ascii_digit() {
            (c - b'0') as u32
        } else {
            (c - b'A') as u32 + 10
        };
        rem = if val >= 10 {
            (rem * 100 + val) % 97
        } else {
            (rem * 10 + val) % 97
        };
    }
    rem == 1
}

fn iban_length(cc: &[u8]) -> Option<usize> {
    const T: &[(&[u8; 2], usize)] = &[
        (b"AD", 24),
        (b"AE", 23),
        (b"AL", 28),
        (b"AT", 20),
        (b"AZ", 28),
        (b"BA", 20),
        (b"BE", 16),
        (b"BG", 22),
        (b"BH", 22),
        (b"BI", 27),
        (b"DJ", 27),
        (b"FK", 18),
        (b"LY", 25),
        (b"SD", 18),
        (b"SO", 23),
        (b"YE", 30),
        (b"BR", 29),
        (b"CH", 21),
        (b"CR", 22),
        (b"CY", 28),
        (b"CZ", 24),
        (b"DE", 22),
        (b"DK", 18),
        (b"DO", 28),
        (b"EE", 20),
        (b"EG", 29),
        (b"ES", 24),
        (b"FI", 18),
        (b"FO", 18),
        (b"FR", 27),
        (b"GB", 22),
        (b"GE", 22),
        (b"GI", 23),
        (b"GL", 18),
        (b"GR", 27),
        (b"GT", 28),
        (b"HR", 21),
        (b"HU", 28),
        (b"IE", 22),
        (b"IL", 23),
        (b"IQ", 23),
        (b"IS", 26),
        (b"IT", 27),
        (b"JO", 30),
        (b"KW", 30),
        (b"KZ", 20),
        (b"LB", 28),
        (b"LC", 32),
        (b"LI", 21),
        (b"LT", 20),
        (b"LU", 20),
        (b"LV", 21),
        (b"MC", 27),
        (b"MD", 24),
        (b"ME", 22),
        (b"MK", 19),
        (b"MR", 27),
        (b"MT", 31),
        (b"MU", 30),
        (b"MN", 20),
        (b"NI", 28),
        (b"OM", 23),
        (b"NL", 18),
        (b"NO", 15),
        (b"PK", 24),
        (b"PL", 28),
        (b"PS", 29),
        (b"PT", 25),
        (b"QA", 29),
        (b"RO", 24),
        (b"RS", 22),
        (b"RU", 33),
        (b"SA", 24),
        (b"SC", 31),
        (b"SE", 24),
        (b"SI", 19),
        (b"SK", 24),
        (b"SM", 27),
        (b"ST", 25),
        (b"SV", 28),
        (b"TL", 23),
        (b"TN", 24),
        (b"TR", 26),
        (b"UA", 29),
        (b"VA", 22),
        (b"VG", 24),
        (b"XK", 20),
    ];
    T.iter().find(|(c, _)| &c[..] == cc).map(|(_, n)| *n)
}

/// A phone number in a phone column: 7-15 digits and only phone punctuation.
pub fn is_phone(v: &[u8]) -> bool {
    let v = trim(v);
    let ok_chars = v.iter().all(|b| b.is_ascii_digit() || b" +-().x/".contains(b)) || {
        // "ext 12" suffixes
        let l = String::from_utf8_lossy(v).to_ascii_lowercase();
        l.contains("ext") && l.bytes().all(|b| b.is_ascii_digit() || b" +-().x/ext.".contains(&b))
    };
    let n = v.iter().filter(|b| b.is_ascii_digit()).count();
    ok_chars && (7..=15).contains(&n)
}

/// Byte classes of an email address, one table lookup per byte (this runs on every address of
/// an email column): bit 0, local part; bit 1, domain.
static EMAIL_BYTES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = 3;
        }
        if matches!(c, b'.' | b'-') {
            t[b] = 3;
        }
        if matches!(c, b'_' | b'%' | b'+' | b'\'') {
            t[b] = 1;
        }
        b += 1;
    }
    t
};

/// An email address (ASCII local part; no URI userinfo).
pub fn find_email(v: &[u8]) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(rel) = memchr::memchr(b'@', &v[from..]) {
        let at = from + rel;
        from = at + 1;
        let is_local = |b: u8| EMAIL_BYTES[b as usize] & 1 != 0;
        let mut s = at;
        while s > 0 && is_local(v[s - 1]) {
            s -= 1;
        }
        if s == at || v[s] == b'.' || (s > 0 && (v[s - 1] == b':' || v[s - 1] == b'/')) {
            continue;
        }
        // userinfo of a URI (`scheme://user:pw@host`) is not an email
        let line_start = v[..s]
            .iter()
            .rposition(|b| b.is_ascii_whitespace())
            .map_or(0, |p| p + 1);
        if memchr::memmem::find(&v[line_start..s], b"://").is_some() {
            continue;
        }
        let mut e = at + 1;
        while e < v.len() && EMAIL_BYTES[v[e] as usize] & 2 != 0 {
            e += 1;
        }
        while e > at + 1 && v[e - 1] == b'.' {
            e -= 1;
        }
        let domain = &v[at + 1..e];
        let Some(dot) = domain.iter().rposition(|&b| b == b'.') else {
            continue;
        };
        let tld = &domain[dot + 1..];
        if dot > 0 && tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic) {
            return Some((s, e));
        }
    }
    None
}

/// Domains that are reserved for examples and tests: addresses there are synthetic.
pub fn is_synthetic_email(email: &[u8]) -> bool {
    let Some(at) = email.iter().rposition(|&b| b == b'@') else {
        return false;
    };
    let d = &email[at + 1..];
    // Documentation's stand-ins (`support@mycompany.com` in a setting's help text).
    const STAND_INS: &[&[u8]] = &[
        b"mycompany.com",
        b"yourcompany.com",
        b"my-company.com",
        b"your-company.com",
        b"mydomain.com",
        b"yourdomain.com",
        b"my-domain.com",
        b"your-domain.com",
    ];
    if STAND_INS.iter().any(|s| d.eq_ignore_ascii_case(s)) {
        return true;
    }
    // The common domain is short ASCII: lowercase it on the stack (this runs per address).
    let mut buf = [0u8; 64];
    if d.len() <= buf.len() && d.is_ascii() {
        let b = &mut buf[..d.len()];
        b.copy_from_slice(d);
        b.make_ascii_lowercase();
        return std::str::from_utf8(b).is_ok_and(super::hosts::is_reserved_host);
    }
    super::hosts::is_reserved_host(&String::from_utf8_lossy(d).to_ascii_lowercase())
}

/// An international phone number in free text: `+CC` then groups, 8-15 digits.
pub fn find_intl_phone(v: &[u8]) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(rel) = memchr::memchr(b'+', &v[from..]) {
        let s = from + rel;
        from = s + 1;
        if s > 0 && (v[s - 1].is_ascii_alphanumeric()) {
            continue;
        }
        let mut e = s + 1;
        let mut n = 0;
        let mut gap = 0;
        while e < v.len() {
            let b = v[e];
            if b.is_ascii_digit() {
                n += 1;
                gap = 0;
            } else if b" -.()".contains(&b) && gap == 0 {
                gap = 1;
            } else {
                break;
            }
            e += 1;
        }
        while e > s && !v[e - 1].is_ascii_digit() {
            e -= 1;
        }
        let next_alnum = v.get(e).is_some_and(|b| b.is_ascii_alphanumeric());
        if (8..=15).contains(&n) && !next_alnum && v.get(s + 1).is_some_and(u8::is_ascii_digit) {
            return Some((s, e));
        }
    }
    None
}

/// Free-text payment card: printed in groups (4-4-4-4, Amex 4-6-5), or a plain 13-19 digit run
/// right after a card word. A bare digit run in text is too often an id or a trace number.
pub fn find_card(v: &[u8]) -> Option<(usize, usize)> {
    digit_runs(v, 13, 23).find(|&(s, e)| {
        let grouped = v[s..e].iter().any(|b| *b == b' ' || *b == b'-');
        is_card(&v[s..e]) && (grouped || card_word_before(&v[..s]))
    })
}

fn card_word_before(before: &[u8]) -> bool {
    let from = before.len().saturating_sub(32);
    let w = String::from_utf8_lossy(&before[from..]).to_lowercase();
    [
        "card",
        "visa",
        "mastercard",
        "amex",
        "cc ",
        "cc:",
        "cc#",
        "pan",
        "kreditkarte",
        "tarjeta",
        "carte",
        "karte",
    ]
    .iter()
    .any(|k| w.contains(k))
}

/// A card number in a column whose name says card: 13-19 digits, Luhn valid.
pub fn is_card_in_card_column(v: &[u8]) -> bool {
    let mut buf = [0; 24];
    let Some(d) = digits(v, &mut buf) else { return false };
    (13..=19).contains(&d.len())
        && luhn(d)
        && v.iter().all(|b| b.is_ascii_digit() || *b == b' ' || *b == b'-')
        && !d.iter().all(|&x| x == d[0])
}

/// A national id in a column whose name says so: 5-20 letters/digits with a digit.
pub fn is_national_id(v: &[u8]) -> bool {
    (5..=20).contains(&v.len())
        && v.iter().any(u8::is_ascii_digit)
        && v.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b' ')
}

/// Free-text SSN: ddd-dd-dddd.
pub fn find_ssn(v: &[u8]) -> Option<(usize, usize)> {
    digit_runs(v, 11, 11).find(|&(s, e)| is_us_ssn(&v[s..e], true))
}

/// Free-text IBAN: two letters, two digits, then groups.
pub fn find_iban(v: &[u8]) -> Option<(usize, usize)> {
    let mut i = 0;
    while i + 15 <= v.len() {
        if v[i].is_ascii_uppercase()
            && v[i + 1].is_ascii_uppercase()
            && v[i + 2].is_ascii_digit()
            && v[i + 3].is_ascii_digit()
            && (i == 0 || !v[i - 1].is_ascii_alphanumeric())
        {
            // The country fixes the length: the candidate ends after that many alphanumerics
            // (single spaces between groups allowed).
            if let Some(len) = iban_length(&v[i..i + 2]) {
                let (mut e, mut n) = (i, 0);
                while e < v.len() && n < len {
                    if v[e].is_ascii_alphanumeric() {
                        n += 1;
                    } else if !(v[e] == b' ' && n > 0 && v.get(e + 1).is_some_and(u8::is_ascii_alphanumeric)) {
                        break;
                    }
                    e += 1;
                }
                if n == len && (e == v.len() || !v[e].is_ascii_alphanumeric()) && is_iban(&v[i..e]) {
                    return Some((i, e));
                }
            }
        }
        i += 1;
    }
    None
}

/// Runs of digits joined by single spaces or dashes, `min..=max` bytes long, not inside a
/// longer alphanumeric token.
fn digit_runs(v: &[u8], min: usize, max: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    // Most text with enough digits in all (a jsonb payload) has no long run of them.
    let from = if has_window_of_run_bytes(v, min) { 0 } else { v.len() };
    digit_runs_from(v, from, min, max)
}

/// Are there `min` bytes in a row that could all be in a digit run (digits, spaces, dashes)?
/// A skip loop: a byte that cannot be in a run rules out every window through it, so text
/// costs about one look per `min` bytes.
fn has_window_of_run_bytes(v: &[u8], min: usize) -> bool {
    let ok = |b: u8| b.is_ascii_digit() || b == b' ' || b == b'-';
    let min = min.max(1);
    let mut end = min - 1;
    'window: while end < v.len() {
        // The window is v[end + 1 - min ..= end]; look from its end back.
        for j in (end + 1 - min..=end).rev() {
            if !ok(v[j]) {
                end = j + min;
                continue 'window;
            }
        }
        return true;
    }
    false
}

fn digit_runs_from(v: &[u8], from: usize, min: usize, max: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut i = from;
    std::iter::from_fn(move || {
        while i < v.len() {
            if !v[i].is_ascii_digit()
                || (i > 0 && (v[i - 1].is_ascii_alphanumeric() || v[i - 1] == b'.' || v[i - 1] == b'-'))
            {
                i += 1;
                continue;
            }
            let s = i;
            let mut e = i;
            while e < v.len()
                && (v[e].is_ascii_digit()
                    || ((v[e] == b' ' || v[e] == b'-')
                        && v.get(e + 1).is_some_and(u8::is_ascii_digit)
                        && v[e - 1].is_ascii_digit()))
            {
                e += 1;
            }
            i = e.max(s + 1);
            let boundary = e == v.len()
                || !(v[e].is_ascii_alphanumeric() || (v[e] == b'.' && v.get(e + 1).is_some_and(u8::is_ascii_digit)));
            if boundary && (min..=max).contains(&(e - s)) {
                return Some((s, e));
            }
        }
        None
    })
}

/// A date (ISO `YYYY-MM-DD`, optionally with a time, or `MM/DD/YYYY`, `DD.MM.YYYY`) for a
/// date-of-birth column.
pub fn is_date(v: &[u8]) -> bool {
    let v = trim(v);
    // The ISO form `YYYY-MM-DD` (every `date` column in a dump) read in place.
    if let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = *v {
        let digits = [y0, y1, y2, y3, m0, m1, d0, d1];
        if digits.iter().all(u8::is_ascii_digit) {
            let num = |ds: &[u8]| ds.iter().fold(0u32, |a, &b| a * 10 + (b - b'0') as u32);
            let (y, m, d) = (num(&digits[..4]), num(&digits[4..6]), num(&digits[6..]));
            return (1850..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d);
        }
    }
    // The date is what comes before a time; three digit groups split by `-`, `/` or `.`.
    let date = v.split(|&b| b == b' ' || b == b'T').next().unwrap_or(b"");
    let (mut n, mut len, mut k) = ([0u32; 3], [0usize; 3], 0);
    for p in date.split(|&b| b == b'-' || b == b'/' || b == b'.') {
        if k == 3 || p.is_empty() || !p.iter().all(u8::is_ascii_digit) {
            return false;
        }
        // A group too long for u32 reads as 0 (and fails the ranges below).
        n[k] = p
            .iter()
            .try_fold(0u32, |a, &b| a.checked_mul(10)?.checked_add((b - b'0') as u32))
            .unwrap_or(0);
        len[k] = p.len();
        k += 1;
    }
    if k != 3 {
        return false;
    }
    let (y, m, d) = if len[0] == 4 {
        (n[0], n[1], n[2])
    } else if len[2] == 4 {
        (n[2], n[0].min(n[1]), n[0].max(n[1]))
    } else {
        return false;
    };
    (1850..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
}

/// A person name: letters (any script), spaces, apostrophes, hyphens, dots; 2-80 bytes.
pub fn is_name(v: &[u8]) -> bool {
    let v = trim(v);
    if v.is_ascii() {
        // The same test without decoding (an ASCII letter is what is_alphabetic says there).
        let allowed = |b: &u8| b.is_ascii_alphabetic() || b" '-.,".contains(b);
        return (2..=80).contains(&v.len()) && v.iter().any(u8::is_ascii_alphabetic) && v.iter().all(allowed);
    }
    let Ok(s) = std::str::from_utf8(v) else { return false };
    (2..=80).contains(&v.len())
        && s.chars().any(char::is_alphabetic)
        && s.chars().all(|c| c.is_alphabetic() || " '-.,".contains(c))
}

/// A test fixture's made-up value: words, then a random hex suffix with letters and digits
/// (`Formatted Address e7eaa6e7`, `City 175dcbe4`).
pub fn is_generated_label(v: &[u8]) -> bool {
    let v = trim(v);
    // Asked of every value found in a person-data column: most end in a letter no hex digit
    // is, or have one or two before one that is not.
    if v.len() < 10 || !v[v.len() - 8..].iter().all(u8::is_ascii_hexdigit) {
        return false;
    }
    let mut words = v.rsplitn(2, |&b| b == b' ');
    let (Some(suffix), Some(label)) = (words.next(), words.next()) else {
        return false;
    };
    suffix.len() >= 8
        && suffix.iter().all(u8::is_ascii_hexdigit)
        && suffix.iter().any(u8::is_ascii_digit)
        && suffix.iter().any(u8::is_ascii_alphabetic)
        && !label.is_empty()
        && label.iter().all(|b| b.is_ascii_alphabetic() || *b == b' ')
}

/// A street address: has letters, and a house number or several words.
pub fn is_street_address(v: &[u8]) -> bool {
    let v = trim(v);
    let Ok(s) = std::str::from_utf8(v) else { return false };
    (4..=200).contains(&v.len())
        && s.chars().any(char::is_alphabetic)
        && (s.chars().any(|c| c.is_ascii_digit()) || s.split_whitespace().count() >= 2)
}

/// A public IPv4/IPv6 address (an `inet` value may carry a `/prefix`).
pub fn is_public_ip_text(v: &[u8]) -> bool {
    let s = String::from_utf8_lossy(trim(v));
    let mut parts = s.splitn(2, '/');
    let Ok(ip) = parts.next().unwrap_or("").parse::<std::net::IpAddr>() else {
        return false;
    };
    // A network (`10.0.0.0/8`) is not one person's address.
    let full = if ip.is_ipv4() { 32 } else { 128 };
    if parts.next().is_some_and(|p| p.parse::<u32>().ok() != Some(full)) {
        return false;
    }
    is_public_ip(ip)
}

/// A value of a column named for passwords (not for their hashes) that is no hash, digest,
/// ciphertext or stand-in: the password itself. Hash formats carry `$` (crypt, bcrypt, argon2,
/// Django, Werkzeug, SCRAM), `{SCHEME}` or `md5` and 32 hex digits; digests and ciphertexts
/// are long runs of hex or base64; a removed password is a fill (`********`, `!`, `x`) or a
/// word saying so.
pub fn is_plaintext_password(v: &[u8]) -> bool {
    let v = trim(v);
    if v.len() < 2 || v.len() > 64 || v.contains(&b'$') || v.starts_with(b"{") || is_password_digest(v) {
        return false;
    }
    if v.iter().any(|b| b.is_ascii_whitespace() || b.is_ascii_control()) {
        return false;
    }
    // Also PostgreSQL's `md5` + 32 hex digits.
    let b64 = |b: &u8| b.is_ascii_alphanumeric() || b"+/=-_.".contains(b);
    if v.len() >= 32 && v.iter().all(b64) {
        return false;
    }
    // A 13-character traditional DES crypt.
    if v.len() == 13
        && v.iter().all(|b| b.is_ascii_alphanumeric() || b"./".contains(b))
        && crate::detect::engine::looks_random(v)
    {
        return false;
    }
    let first = v[0];
    if v.iter().all(|&b| b == first) && b"*xX#!-?.0".contains(&first) {
        return false;
    }
    // A login that cannot log in: Django's unusable password, `!` and 40 random letters and
    // digits (`set_unusable_password`; a dump of arches holds one for its anonymous user).
    if first == b'!' && v.len() == 41 && v[1..].iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    let lower = String::from_utf8_lossy(v).to_ascii_lowercase();
    const MARKERS: &[&str] = &[
        "null",
        "none",
        "nil",
        "n/a",
        "na",
        "empty",
        "disabled",
        "locked",
        "nologin",
        "nopassword",
        "no_password",
        "unset",
        "notset",
        "not_set",
        "sso",
        "ldap",
        "oauth",
        "saml",
        "external",
        "redacted",
        "removed",
        "hidden",
        "secret",
        "masked",
        "sanitized",
        "invalid",
        "blank",
        "default",
        "placeholder",
    ];
    !MARKERS.contains(&lower.as_str()) && !lower.starts_with('<')
}

/// A digest stored as a password: hex of md5/sha1/sha224/sha256/sha384/sha512 length, or
/// base64 of a 20-64 byte digest, or a `{SSHA}`-style LDAP hash.
pub fn is_password_digest(v: &[u8]) -> bool {
    let v = trim(v);
    let hex = [32, 40, 56, 64, 96, 128].contains(&v.len()) && v.iter().all(u8::is_ascii_hexdigit);
    let ldap = v.first() == Some(&b'{')
        && [
            &b"{SSHA}"[..],
            b"{SHA}",
            b"{MD5}",
            b"{SMD5}",
            b"{CRYPT}",
            b"{SSHA256}",
            b"{SSHA512}",
            b"{PBKDF2}",
        ]
        .iter()
        .any(|p| v.starts_with(p));
    let b64 = [28, 44, 88].contains(&v.len())
        && v.ends_with(b"=")
        && v.iter().all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(b));
    hex || ldap || b64
}

/// What a free-text value is made of: the cheap facts that decide which exact finders can
/// match in it at all.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    pub digits: usize,
    pub at: bool,
    pub plus: bool,
    pub dash: bool,
    pub backslash: bool,
    /// Two uppercase letters side by side (every IBAN starts so).
    pub upper_pair: bool,
}

impl Shape {
    /// Could any free-text finder match? (email needs `@`, every other one 8 digits.) The
    /// property test holds [`worth_a_look`] to it.
    #[cfg(test)]
    pub fn may_hold_pii(&self) -> bool {
        self.at || self.digits >= 8
    }
}

/// Could a raw (still escaped) free-text field hold personal data? Every free-text finder needs
/// an `@` or 8 digits ([`Shape::may_hold_pii`]); escapes make only control characters, except
/// octal and hex ones, which can make digits or `@`. Three byte classes, not `shape`'s seven,
/// 32 bytes per step with AVX2, and it stops as soon as the answer is yes: this runs on every
/// free-text value of a dump.
pub fn worth_a_look(raw: &[u8]) -> bool {
    let (mut digits, mut backslash, mut i) = (0usize, false, 0);
    #[cfg(target_arch = "x86_64")]
    if raw.len() >= 32 && crate::util::cpu::avx2() {
        // SAFETY: AVX2 and POPCNT were detected.
        let (yes, n, bs, covered) = unsafe { look_avx2(raw) };
        if yes {
            return true;
        }
        (digits, backslash, i) = (n, bs, covered);
    }
    for &b in &raw[i..] {
        if b == b'@' {
            return true;
        }
        digits += b.is_ascii_digit() as usize;
        backslash |= b == b'\\';
    }
    digits >= 8
        || (backslash
            && memchr::memchr_iter(b'\\', raw)
                .any(|i| raw.get(i + 1).is_some_and(|&b| b.is_ascii_digit() || b == b'x')))
}

/// Whole 32-byte blocks of [`worth_a_look`]: (an `@` or 8 digits seen, digits, a backslash
/// seen, bytes covered).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,popcnt")]
fn look_avx2(v: &[u8]) -> (bool, usize, bool, usize) {
    use std::arch::x86_64::*;
    // Digits as one signed compare: b - '0' + 0x80 is below 0x80 + 10 exactly for '0'..='9'.
    let shift = _mm256_set1_epi8(0x80u8.wrapping_sub(b'0') as i8);
    let lim = _mm256_set1_epi8((0x80u8 + 10) as i8);
    let (at, bs) = (_mm256_set1_epi8(b'@' as i8), _mm256_set1_epi8(b'\\' as i8));
    let mut seen_bs = _mm256_setzero_si256();
    let (mut digits, mut i) = (0usize, 0usize);
    while i + 32 <= v.len() {
        // SAFETY: i + 32 <= v.len().
        let x = unsafe { _mm256_loadu_si256(v.as_ptr().add(i) as *const __m256i) };
        let d = _mm256_cmpgt_epi8(lim, _mm256_add_epi8(x, shift));
        digits += (_mm256_movemask_epi8(d) as u32).count_ones() as usize;
        seen_bs = _mm256_or_si256(seen_bs, _mm256_cmpeq_epi8(x, bs));
        i += 32;
        if digits >= 8 || _mm256_movemask_epi8(_mm256_cmpeq_epi8(x, at)) != 0 {
            return (true, digits, true, i);
        }
    }
    (false, digits, _mm256_movemask_epi8(seen_bs) != 0, i)
}

/// One look at every byte of `v`: 32 bytes per step with AVX2, the same facts byte by byte
/// without it.
pub fn shape(v: &[u8]) -> Shape {
    let mut s = Shape::default();
    #[cfg(target_arch = "x86_64")]
    if crate::util::cpu::avx2() {
        // The tail, zero-padded to one more block (a zero byte is in no class).
        let mut last = [0u8; 32];
        // SAFETY (both calls): AVX2 and POPCNT were detected.
        let (i, upper_last) = unsafe { shape_avx2(v, &mut s, false) };
        last[..v.len() - i].copy_from_slice(&v[i..]);
        unsafe { shape_avx2(&last, &mut s, upper_last) };
        return s;
    }
    shape_bytes(v)
}

/// [`shape`] one byte at a time.
fn shape_bytes(v: &[u8]) -> Shape {
    let mut s = Shape::default();
    for (i, &b) in v.iter().enumerate() {
        s.upper_pair |= b.is_ascii_uppercase() && i > 0 && v[i - 1].is_ascii_uppercase();
        s.digits += b.is_ascii_digit() as usize;
        s.at |= b == b'@';
        s.plus |= b == b'+';
        s.dash |= b == b'-';
        s.backslash |= b == b'\\';
    }
    s
}

/// Whole 32-byte blocks; returns how many bytes it covered and whether the last of them is an
/// uppercase letter (`upper_before`: whether the byte before `v` is).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn shape_avx2(v: &[u8], s: &mut Shape, upper_before: bool) -> (usize, bool) {
    use std::arch::x86_64::*;
    const W: usize = 32;
    // A range test as one signed compare: b - lo + 0x80 is below 0x80 + len exactly for lo..lo+len.
    let shift = |lo: u8| _mm256_set1_epi8(0x80u8.wrapping_sub(lo) as i8);
    let (d_shift, d_lim) = (shift(b'0'), _mm256_set1_epi8((0x80u8 + 10) as i8));
    let (u_shift, u_lim) = (shift(b'A'), _mm256_set1_epi8((0x80u8 + 26) as i8));
    let (at, plus, dash, bs) = (
        _mm256_set1_epi8(b'@' as i8),
        _mm256_set1_epi8(b'+' as i8),
        _mm256_set1_epi8(b'-' as i8),
        _mm256_set1_epi8(b'\\' as i8),
    );
    let zero = _mm256_setzero_si256();
    let (mut f_at, mut f_plus, mut f_dash, mut f_bs) = (zero, zero, zero, zero);
    // Uppercase bits of the previous block's last byte and this one's, for letter pairs.
    let mut prev = upper_before as u64;
    let mut pairs = 0u64;
    let mut i = 0;
    while i + W <= v.len() {
        // Matching lanes are -1: subtracting counts them per lane; the byte counters are
        // summed (psadbw) before they can wrap.
        let mut dc = zero;
        let stop = (i + W * 255).min(v.len() - v.len() % W);
        while i < stop {
            // SAFETY: i + 32 <= v.len() (stop is at most the last whole block's end).
            let x = unsafe { _mm256_loadu_si256(v.as_ptr().add(i) as *const __m256i) };
            let lt = |sh, lim| _mm256_cmpgt_epi8(lim, _mm256_add_epi8(x, sh));
            dc = _mm256_sub_epi8(dc, lt(d_shift, d_lim));
            let um = (_mm256_movemask_epi8(lt(u_shift, u_lim)) as u32 as u64) << 1 | prev;
            pairs |= um & (um >> 1);
            prev = um >> W;
            f_at = _mm256_or_si256(f_at, _mm256_cmpeq_epi8(x, at));
            f_plus = _mm256_or_si256(f_plus, _mm256_cmpeq_epi8(x, plus));
            f_dash = _mm256_or_si256(f_dash, _mm256_cmpeq_epi8(x, dash));
            f_bs = _mm256_or_si256(f_bs, _mm256_cmpeq_epi8(x, bs));
            i += W;
        }
        let sum = _mm256_sad_epu8(dc, zero);
        let mut lanes = [0u64; 4];
        // SAFETY: four u64 lanes are the 32 bytes stored.
        unsafe { _mm256_storeu_si256(lanes.as_mut_ptr() as *mut __m256i, sum) };
        s.digits += lanes.iter().sum::<u64>() as usize;
    }
    let any = |m: __m256i| _mm256_movemask_epi8(m) != 0;
    s.at |= any(f_at);
    s.plus |= any(f_plus);
    s.dash |= any(f_dash);
    s.backslash |= any(f_bs);
    s.upper_pair |= pairs != 0;
    (i, prev != 0)
}

pub fn trim(v: &[u8]) -> &[u8] {
    // Most values have nothing to trim.
    match (v.first(), v.last()) {
        (Some(a), Some(b)) if !a.is_ascii_whitespace() && !b.is_ascii_whitespace() => return v,
        _ => {}
    }
    let s = v.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(v.len());
    let e = v.iter().rposition(|b| !b.is_ascii_whitespace()).map_or(s, |p| p + 1);
    &v[s..e]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plaintext_passwords_and_what_is_not_one() {
        for yes in ["passwd123", "beafsteak", "hunter2!", "Tr0ub4dor&3"] {
            assert!(is_plaintext_password(yes.as_bytes()), "{yes}");
        }
        for no in [
            "$2b$10$BLNStCRanB7n9IMu4dojgalJ0yUjZVninHmoYxnqBMKt6Cr3nyGuD",
            "8cb2237d0679ca88db6464eac60da96345513964",
            "md5a3556571e93b0d20722ba62be61e8c2d",
            "pbkdf2_sha256$260000$abc$def",
            "{SSHA}abcdefgh",
            "********",
            "!",
            "!S9npj7MhUqm30gT5ldm4TposL8jU5jDL4Ab02uuK",
            "disabled",
            "U2FsdGVkX19aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=",
        ] {
            assert!(!is_plaintext_password(no.as_bytes()), "{no}");
        }
    }

    #[test]
    fn shape_counts_every_byte() {
        let v = b"Call +44 20 7946 0958 or mail A.B@x.io \\n-- DE89 x".repeat(150);
        // The byte classes counted one byte at a time.
        let naive = |w: &[u8]| Shape {
            digits: w.iter().filter(|b| b.is_ascii_digit()).count(),
            at: w.contains(&b'@'),
            plus: w.contains(&b'+'),
            dash: w.contains(&b'-'),
            backslash: w.contains(&b'\\'),
            upper_pair: w
                .windows(2)
                .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase()),
        };
        for n in 0..v.len() {
            assert_eq!(shape(&v[..n]), naive(&v[..n]), "{n}");
            assert_eq!(shape_bytes(&v[..n]), naive(&v[..n]), "{n}");
        }
        assert_eq!(shape(&v), naive(&v));
        assert!(shape(b"x DE89").upper_pair && !shape(b"X11 Linux").upper_pair);
        // Pairs across a block edge.
        for at in 10..40 {
            let mut w = vec![b'a'; 48];
            w[at] = b'Q';
            w[at + 1] = b'R';
            assert!(shape(&w).upper_pair, "{at}");
        }
    }

    #[test]
    fn generated_labels() {
        assert!(is_generated_label(b"Formatted Address e7eaa6e7"));
        assert!(is_generated_label(b"City 175dcbe4"));
        for v in [
            "12 Main Street",
            "Apt 4b",
            "Suite 100a",
            "Baker Street 221b",
            "deadbeef",
            "Unit cafe12",
        ] {
            assert!(!is_generated_label(v.as_bytes()), "{v}");
        }
    }

    #[test]
    fn column_context() {
        assert_eq!(context_of("email"), Some(Kind::Email));
        assert_eq!(context_of("home_phone"), Some(Kind::Phone));
        assert_eq!(context_of("last_login_ip"), Some(Kind::IpAddress));
        assert_eq!(context_of("birth_date"), Some(Kind::DateOfBirth));
        assert_eq!(context_of("contact_name"), Some(Kind::PersonName));
        assert_eq!(context_of("first_name"), Some(Kind::PersonName));
        assert_eq!(context_of("Nachname"), Some(Kind::PersonName));
        assert_eq!(context_of("address"), Some(Kind::StreetAddress));
        // Network addresses are no street's, in whatever spelling.
        for c in [
            "ipv6_address",
            "ip6_addr",
            "mac_address",
            "hw_addr",
            "node_address",
            "ip_address_v6",
        ] {
            assert_ne!(context_of(c), Some(Kind::StreetAddress), "{c}");
        }
        assert_eq!(context_of("ship_address"), Some(Kind::StreetAddress));
        assert_eq!(context_of("address_id"), None);
        assert_eq!(context_of("email_address"), Some(Kind::Email));
        assert_eq!(context_of("ip_address"), Some(Kind::IpAddress));
        assert_eq!(context_of("password_hash"), Some(Kind::PasswordHash));
        assert_eq!(context_of("password_reset_at"), None);
        // "Password" in other languages, alone or as a word.
        for c in [
            "senha",
            "usuario_senha",
            "senha_hash",
            "Kennwort",
            "пароль",
            "비밀번호",
            "hash_sifre",
            "pass",
            "user_pass",
        ] {
            assert_eq!(context_of(c), Some(Kind::PasswordHash), "{c}");
        }
        for c in [
            "clave",
            "parola",
            "senha_reset_at",
            "kennwort_hint",
            "boarding_pass",
            "pass_rate",
        ] {
            assert_eq!(context_of(c), None, "{c}");
        }
        assert_eq!(context_of("national_id"), Some(Kind::NationalId));
        assert_eq!(context_of("card_number"), Some(Kind::CreditCard));
        assert_eq!(context_of("name"), None);
        assert_eq!(context_of("product_name"), None);
        assert_eq!(context_of("telefon"), Some(Kind::Phone));
        assert_eq!(context_of("geburtsdatum"), Some(Kind::DateOfBirth));
    }

    #[test]
    fn cards() {
        assert!(is_card(b"4111111111111111"));
        assert!(is_card(b"4111 1111 1111 1111"));
        assert!(!is_card(b"3773781562985154"), "Amex prefix but 16 digits");
        assert!(luhn(digits(b"3773781562985154", &mut [0; 24]).unwrap()));
        assert!(is_card(b"378282246310005"));
        assert!(is_card(b"6011740680525032") == luhn(digits(b"6011740680525032", &mut [0; 24]).unwrap()));
        assert!(!is_card(b"4111111111111112"), "Luhn");
        assert!(!is_card(b"7781-2213-9904-1120"), "no issuer 7");
        assert!(!is_card(b"2022-02-15 09:57:20"));
        assert_eq!(find_card(b"Order ref 7781-2213-9904-1120 shipped."), None);
        assert_eq!(find_card(b"card 4111-1111-1111-1111 ok"), Some((5, 24)));
        assert_eq!(
            find_card(b"trace 4111111111111111 done"),
            None,
            "bare digits without a card word"
        );
        assert_eq!(find_card(b"visa 4111111111111111"), Some((5, 21)));
    }

    #[test]
    fn ssns() {
        assert!(is_us_ssn(b"475-70-3079", true));
        assert!(!is_us_ssn(b"666-70-3079", true));
        assert!(!is_us_ssn(b"900-70-3079", true));
        assert!(!is_us_ssn(b"475-00-3079", true));
        assert!(!is_us_ssn(b"475703079", true));
        assert!(is_us_ssn(b"475703079", false));
    }

    #[test]
    fn ibans() {
        assert!(is_iban(b"NL09972671027174336659") == is_iban(b"NL09 9726 7102 7174 3366 59"));
        assert!(is_iban(b"GB82WEST12345698765432"));
        assert!(is_iban(b"DE89 3704 0044 0532 0130 00"));
        assert!(!is_iban(b"GB82WEST12345698765433"));
        assert_eq!(find_iban(b"pay to DE89 3704 0044 0532 0130 00 today"), Some((7, 34)));
    }

    #[test]
    fn email_byte_table_is_the_classes() {
        for b in 0..=255u8 {
            let local = b.is_ascii_alphanumeric() || b"._%+-'".contains(&b);
            let domain = b.is_ascii_alphanumeric() || b == b'.' || b == b'-';
            assert_eq!(EMAIL_BYTES[b as usize], local as u8 | (domain as u8) << 1, "{b}");
        }
    }

    #[test]
    fn emails_and_phones() {
        assert_eq!(find_email(b"alt mail rqyqxqt.finxp@gmail.com"), Some((9, 32)));
        assert_eq!(find_email(b"postgres://svc:pw@db01.acme-corp.com:5432/app"), None);
        assert_eq!(
            find_email(b"mongodb+srv://admin:2bedacIvvYbN!@cluster0.a9n4m.mongodb.net/prod"),
            None
        );
        assert_eq!(find_email(b"no at sign"), None);
        assert!(is_synthetic_email(b"jane@example.com"));
        assert!(!is_synthetic_email(b"LEE.HAWKS@sakilacustomer.org"));
        assert!(find_intl_phone(b"call +1 547 718 8779 after 6pm").is_some());
        assert!(find_intl_phone(b"c++11 and +2").is_none());
        assert!(is_phone(b"+1 410-889-8732"));
        assert!(is_phone(b"(171) 555-7788"));
        assert!(is_phone(b"140333335568"));
        assert!(!is_phone(b"12-34"));
        assert!(!is_phone(b"call me"));
    }

    #[test]
    fn other_validators() {
        assert!(is_date(b"2002-08-11"));
        assert!(is_date(b"1948-12-08 00:00:00"));
        assert!(!is_date(b"yesterday"));
        assert!(is_name(b"O'Reilly"));
        assert!(is_name(b"Jos\xc3\xa9 Mar\xc3\xada"));
        assert!(!is_name(b"R2D2"));
        assert!(is_street_address(b"47 MySakila Drive"));
        assert!(is_public_ip_text(b"130.163.238.140"));
        assert!(!is_public_ip_text(b"192.168.1.1"));
        assert!(is_public_ip_text(b"130.163.238.140/32"));
        assert!(!is_public_ip_text(b"11.0.0.0/8"));
        assert!(is_password_digest(b"8cb2237d0679ca88db6464eac60da96345513964"));
        assert!(!is_password_digest(b"hunter2"));
    }

    /// The allocation-free validators against their plain definitions (strings and vectors),
    /// on values made of the bytes they care about.
    mod plain {
        use super::super::*;
        use proptest::prelude::*;

        fn digits(v: &[u8]) -> Vec<u8> {
            v.iter().filter(|b| b.is_ascii_digit()).map(|b| b - b'0').collect()
        }

        fn is_date(v: &[u8]) -> bool {
            let s = String::from_utf8_lossy(trim(v));
            let date = s.split([' ', 'T']).next().unwrap_or("");
            let parts: Vec<&str> = date.split(['-', '/', '.']).collect();
            if parts.len() != 3
                || !parts
                    .iter()
                    .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
            {
                return false;
            }
            let n: Vec<u32> = parts.iter().map(|p| p.parse().unwrap_or(0)).collect();
            let (y, m, d) = if parts[0].len() == 4 {
                (n[0], n[1], n[2])
            } else if parts[2].len() == 4 {
                (n[2], n[0].min(n[1]), n[0].max(n[1]))
            } else {
                return false;
            };
            (1850..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
        }

        fn is_card(v: &[u8]) -> bool {
            let v = trim(v);
            if v.len() < 13 || v.len() > 23 || !v.iter().all(|b| b.is_ascii_digit() || *b == b' ' || *b == b'-') {
                return false;
            }
            let groups: Vec<usize> = v.split(|b| *b == b' ' || *b == b'-').map(|g| g.len()).collect();
            let grouped_ok = groups.len() == 1
                || groups == [4, 4, 4, 4]
                || groups == [4, 6, 5]
                || groups == [4, 4, 4, 4, 3]
                || groups == [4, 6, 4];
            let d = digits(v);
            grouped_ok && (13..=19).contains(&d.len()) && card_issuer(&d) && luhn(&d) && !d.iter().all(|&x| x == d[0])
        }

        fn is_card_in_card_column(v: &[u8]) -> bool {
            let d = digits(v);
            (13..=19).contains(&d.len())
                && luhn(&d)
                && v.iter().all(|b| b.is_ascii_digit() || *b == b' ' || *b == b'-')
                && !d.iter().all(|&x| x == d[0])
        }

        fn is_synthetic_email(e: &[u8]) -> bool {
            let Some(at) = e.iter().rposition(|&b| b == b'@') else {
                return false;
            };
            super::super::super::hosts::is_reserved_host(&String::from_utf8_lossy(&e[at + 1..]).to_ascii_lowercase())
        }

        fn value(alphabet: &'static [u8], max: usize) -> impl Strategy<Value = Vec<u8>> {
            proptest::collection::vec(proptest::sample::select(alphabet), 0..max)
        }

        /// Mostly letters, with the odd digit, `@`, backslash or `x`: both answers are common.
        fn sparse() -> impl Strategy<Value = Vec<u8>> {
            let mut alphabet = b"abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ\t\xc3".repeat(4);
            alphabet.extend_from_slice(b"0123456789@\\\\xx");
            proptest::collection::vec(proptest::sample::select(alphabet), 0..260)
        }

        /// Digit groups (with leading zeros, too long for u32, ...) and separators.
        fn date_like() -> impl Strategy<Value = Vec<u8>> {
            let group = prop_oneof![
                value(b"0123456789", 12),
                proptest::sample::select(vec![&b"1999"[..], b"01999", b"2100", b"01", b"12", b"31", b"7"])
                    .prop_map(<[u8]>::to_vec),
            ];
            let sep = proptest::sample::select(vec![&b"-"[..], b"/", b".", b" ", b"T", b"x", b"\xff", b""]);
            (
                proptest::collection::vec((group, sep), 1..5),
                value(b" 0:T", 4),
                value(b"0123456789-/. T:x\xff", 12),
            )
                .prop_map(|(g, pad, tail)| {
                    let mut v = pad.clone();
                    for (d, s) in g {
                        v.extend(d);
                        v.extend(s);
                    }
                    v.extend(tail);
                    v
                })
        }

        /// A local part, `@`, then labels from reserved and ordinary domains, any case.
        fn email_like() -> impl Strategy<Value = Vec<u8>> {
            let label = proptest::sample::select(vec![
                &b"example"[..],
                b"EXAMPLE",
                b"com",
                b"net",
                b"org",
                b"test",
                b"invalid",
                b"localhost",
                b"x",
                b"\xc3\xa9",
                b"\xff",
                b"",
                b"127",
                b"0",
            ]);
            (value(b"a.@", 4), proptest::collection::vec(label, 0..5), 0..70usize).prop_map(|(l, ls, pad)| {
                let mut v = l;
                v.push(b'@');
                v.extend(std::iter::repeat_n(b'a', pad % 3 * 30));
                v.extend(ls.join(&b"."[..]));
                v
            })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(4000))]
            #[test]
            fn dates(v in date_like()) {
                prop_assert_eq!(super::super::is_date(&v), is_date(&v));
            }
            #[test]
            fn iso_dates(v in "[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9-]{10}") {
                prop_assert_eq!(super::super::is_date(v.as_bytes()), is_date(v.as_bytes()));
            }
            #[test]
            fn cards(v in value(b"0123456789012345678945 - ", 30)) {
                prop_assert_eq!(super::super::is_card(&v), is_card(&v));
                prop_assert_eq!(super::super::is_card_in_card_column(&v), is_card_in_card_column(&v));
            }
            #[test]
            fn worth_a_look_is_shape_or_an_escape(v in sparse()) {
                let s = shape(&v);
                let escape = v.windows(2).any(|w| w[0] == b'\\' && (w[1].is_ascii_digit() || w[1] == b'x'));
                prop_assert_eq!(worth_a_look(&v), s.may_hold_pii() || escape);
            }
            #[test]
            fn digit_runs_skip_nothing(v in value(b"0123456789 -a.", 40), min in 1usize..16) {
                let all: Vec<_> = digit_runs_from(&v, 0, min, min + 10).collect();
                prop_assert_eq!(digit_runs(&v, min, min + 10).collect::<Vec<_>>(), all);
            }
            #[test]
            fn names(v in value(b"ab Z'-.,1\xc3\xa9", 12)) {
                let plain = std::str::from_utf8(trim(&v)).is_ok_and(|s| {
                    (2..=80).contains(&s.len())
                        && s.chars().any(char::is_alphabetic)
                        && s.chars().all(|c| c.is_alphabetic() || " '-.,".contains(c))
                });
                prop_assert_eq!(is_name(&v), plain);
            }
            #[test]
            fn synthetic_emails(v in email_like()) {
                prop_assert_eq!(super::super::is_synthetic_email(&v), is_synthetic_email(&v));
            }
        }
    }
}
