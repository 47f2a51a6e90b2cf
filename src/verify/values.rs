//! Is a value valid input for its column's type? One [`Check`] per column, compiled from the
//! type as `format_type()` spells it; each returns PostgreSQL's own complaint when the server
//! would reject the value. Types this does not know are not checked (never a false alarm).

use crate::sql::catalog::Catalog;

/// A compiled input check.
#[derive(Debug, Clone, PartialEq)]
pub enum Check {
    Int {
        bits: u32,
        name: &'static str,
    },
    Numeric {
        precision: Option<(u32, u32)>,
    },
    Float {
        real: bool,
    },
    Bool,
    Chars {
        max: Option<usize>,
        name: String,
    },
    Date,
    Time {
        tz: bool,
    },
    Timestamp {
        tz: bool,
    },
    Interval,
    Uuid,
    Json {
        binary: bool,
    },
    Bytea,
    Inet {
        cidr: bool,
    },
    Macaddr,
    Bit {
        len: Option<usize>,
        varying: bool,
    },
    Enum {
        name: String,
        labels: Vec<String>,
    },
    Array(Box<Check>),
    /// Not checked.
    Any,
}

/// What a column needs: its check and whether NULL is refused (by the column or its domain).
#[derive(Debug, Clone)]
pub struct ColumnCheck {
    pub check: Check,
    pub not_null: bool,
    pub type_name: String,
    /// The decided CHECK constraints of the column's domain and the domains under it:
    /// (domain, constraint name, test of `VALUE`).
    pub domain_checks: Vec<(String, String, std::sync::Arc<crate::sql::check::Check>)>,
}

/// Compiles the check for a column type, following domains to their base type.
pub fn compile(type_name: &str, cat: &Catalog) -> (Check, bool) {
    compile_depth(type_name, cat, 0)
}

fn compile_depth(t: &str, cat: &Catalog, depth: u32) -> (Check, bool) {
    if depth > 8 {
        return (Check::Any, false);
    }
    if let Some(elem) = t.strip_suffix("[]") {
        let elem = elem.trim_end_matches("[]");
        let (c, _) = compile_depth(elem, cat, depth + 1);
        return (Check::Array(Box::new(c)), false);
    }
    if let Some(base) = cat.domains.get(t) {
        let (c, nn) = compile_depth(base, cat, depth + 1);
        return (c, nn || cat.domain_not_null.contains(t));
    }
    if let Some(labels) = cat.enums.get(t) {
        return (
            Check::Enum {
                name: t.to_string(),
                labels: labels.clone(),
            },
            false,
        );
    }
    let (base, args) = match t.find('(') {
        Some(i) => (&t[..i], Some(&t[i + 1..t.rfind(')').unwrap_or(t.len())])),
        None => (t, None),
    };
    let n = |a: Option<&str>| a.and_then(|a| a.trim().parse::<usize>().ok());
    let c = match base.trim() {
        "smallint" => Check::Int {
            bits: 16,
            name: "smallint",
        },
        "integer" => Check::Int {
            bits: 32,
            name: "integer",
        },
        "bigint" => Check::Int {
            bits: 64,
            name: "bigint",
        },
        "numeric" => Check::Numeric {
            precision: args.and_then(|a| {
                let (p, s) = a.split_once(',').unwrap_or((a, "0"));
                Some((p.trim().parse().ok()?, s.trim().parse().ok()?))
            }),
        },
        "real" => Check::Float { real: true },
        "double precision" => Check::Float { real: false },
        "boolean" => Check::Bool,
        "text" | "name" | "citext" => Check::Chars {
            max: None,
            name: base.to_string(),
        },
        "character varying" | "character" => Check::Chars {
            max: if base == "character" {
                n(args).or(Some(1))
            } else {
                n(args)
            },
            name: t.to_string(),
        },
        "date" => Check::Date,
        "time without time zone" => Check::Time { tz: false },
        "time with time zone" => Check::Time { tz: true },
        "timestamp without time zone" => Check::Timestamp { tz: false },
        "timestamp with time zone" => Check::Timestamp { tz: true },
        "interval" => Check::Interval,
        "uuid" => Check::Uuid,
        "json" => Check::Json { binary: false },
        "jsonb" => Check::Json { binary: true },
        "bytea" => Check::Bytea,
        "inet" => Check::Inet { cidr: false },
        "cidr" => Check::Inet { cidr: true },
        "macaddr" => Check::Macaddr,
        "bit" => Check::Bit {
            len: n(args).or(Some(1)),
            varying: false,
        },
        "bit varying" => Check::Bit {
            len: n(args),
            varying: true,
        },
        _ => {
            // `time(3) with time zone` and friends carry their precision inside the name.
            let squeezed: String = {
                let mut s = t.to_string();
                if let (Some(a), Some(b)) = (s.find('('), s.find(')')) {
                    s.replace_range(a..=b, "");
                }
                s
            };
            if squeezed != t {
                return compile_depth(&squeezed, cat, depth + 1);
            }
            Check::Any
        }
    };
    (c, false)
}

/// `Ok` when PostgreSQL would accept `v` (the decoded value, not NULL); else its complaint.
pub fn validate(c: &Check, v: &[u8]) -> Result<(), String> {
    match std::str::from_utf8(v) {
        Ok(s) => validate_str(c, s),
        // Encoding problems are the encoding check's.
        Err(_) => Ok(()),
    }
}

/// [`validate`] of a value already known to be UTF-8.
pub fn validate_str(c: &Check, s: &str) -> Result<(), String> {
    let bad = |ty: &str| Err(format!("invalid input syntax for type {ty}: \"{}\"", short(s)));
    match c {
        Check::Any => Ok(()),
        Check::Int { bits, name } => {
            // Fewer digits than the type's largest value has cannot be out of range.
            let safe = match bits {
                16 => 4,
                32 => 9,
                _ => 18,
            };
            // As pg_dump writes it: digits alone (no sign, no space to trim).
            if !s.is_empty() && s.len() <= safe && s.bytes().all(|b| b.is_ascii_digit()) {
                return Ok(());
            }
            let t = s.trim_matches(is_pg_space);
            let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return bad(name);
            }
            if digits.len() <= safe {
                return Ok(());
            }
            let in_range = t.parse::<i128>().ok().is_some_and(|x| {
                let lim = 1i128 << (bits - 1);
                (-lim..lim).contains(&x)
            });
            if in_range {
                Ok(())
            } else {
                Err(format!("value \"{}\" is out of range for type {name}", short(s)))
            }
        }
        Check::Numeric { precision } => numeric(s, *precision),
        Check::Float { real } => {
            let t = s.trim_matches(is_pg_space);
            let l = t.to_ascii_lowercase();
            let l = l.strip_prefix(['+', '-']).unwrap_or(&l);
            if ["nan", "inf", "infinity"].contains(&l) {
                return Ok(());
            }
            let ty = if *real { "real" } else { "double precision" };
            if !is_decimal(l) {
                return bad(ty);
            }
            match t.parse::<f64>() {
                Ok(x) if x.is_infinite() || (*real && x.abs() > f32::MAX as f64) => {
                    Err(format!("\"{}\" is out of range for type {ty}", short(s)))
                }
                Ok(_) => Ok(()),
                Err(_) => bad(ty),
            }
        }
        // pg_dump's own spelling, without the allocation below.
        Check::Bool if s == "t" || s == "f" => Ok(()),
        Check::Bool => {
            let l = s.trim_matches(is_pg_space).to_ascii_lowercase();
            let ok = !l.is_empty()
                && (["true", "false", "yes", "no"].iter().any(|w| w.starts_with(&l))
                    || ["on", "off", "1", "0"].contains(&l.as_str())
                    || (l.len() >= 2 && "off".starts_with(&l)));
            // "o" alone is ambiguous (on/off): PostgreSQL rejects it.
            if ok && l != "o" {
                Ok(())
            } else {
                bad("boolean")
            }
        }
        // No more bytes than characters allowed: no need to count them.
        Check::Chars { max: Some(n), .. } if s.len() <= *n => Ok(()),
        Check::Chars { max: Some(n), name } => {
            let len = s.chars().count();
            if len <= *n || s.chars().skip(*n).all(|c| c == ' ') {
                Ok(())
            } else {
                Err(format!("value too long for type {name}"))
            }
        }
        Check::Chars { max: None, .. } => Ok(()),
        Check::Date => date_time(s, true, false, false).map_err(|_| bad_s("date", s)),
        Check::Timestamp { tz } => date_time(s, true, true, *tz)
            .map_err(|_| bad_s(if *tz { "timestamp with time zone" } else { "timestamp" }, s)),
        Check::Time { tz } => {
            date_time(s, false, true, *tz).map_err(|_| bad_s(if *tz { "time with time zone" } else { "time" }, s))
        }
        Check::Interval => interval(s).map_err(|_| bad_s("interval", s)),
        Check::Uuid => {
            let t = s.trim_matches(is_pg_space);
            let t = t.strip_prefix('{').and_then(|x| x.strip_suffix('}')).unwrap_or(t);
            let hex: String = t.chars().filter(|&c| c != '-').collect();
            // Hyphens only between groups of four digits, never first or doubled.
            let hyphens_ok = !t.starts_with('-') && !t.ends_with('-') && !t.contains("--") && {
                let mut run = 0;
                t.chars().all(|c| {
                    if c == '-' {
                        let ok = run % 4 == 0;
                        run = 0;
                        ok
                    } else {
                        run += 1;
                        true
                    }
                })
            };
            if hex.len() == 32 && hex.bytes().all(|b| b.is_ascii_hexdigit()) && hyphens_ok {
                Ok(())
            } else {
                bad("uuid")
            }
        }
        Check::Json { binary } => {
            let ty = if *binary { "jsonb" } else { "json" };
            // A level takes a byte at least: a shorter text cannot nest too deeply.
            let depth = if s.len() > MAX_JSON_DEPTH { json_depth(s) } else { 0 };
            if depth > MAX_JSON_DEPTH {
                return Err(format!(
                    "stack depth limit exceeded: {ty} value nested {depth} levels deep (with the default max_stack_depth of 2MB, the servers we measured reject from {} to {} levels, by version and build)",
                    MAX_JSON_DEPTH + 1,
                    MOST_JSON_DEPTH + 1
                ));
            }
            match serde_json::from_str::<serde::de::IgnoredAny>(s) {
                // Most texts hold no escape at all: one byte search rules it out.
                Ok(_) if *binary && memchr::memchr(b'\\', s.as_bytes()).is_some() && s.contains("\\u0000") => {
                    Err("unsupported Unicode escape sequence (\\u0000 cannot be converted to text)".into())
                }
                Ok(_) => Ok(()),
                Err(_) => bad(ty),
            }
        }
        Check::Bytea => {
            if let Some(hex) = s.strip_prefix("\\x") {
                // As pg_dump writes it: digits only, nothing to gather first.
                if hex.len().is_multiple_of(2) && all_hex(hex.as_bytes()) {
                    return Ok(());
                }
                let digits: Vec<u8> = hex.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
                if digits.len().is_multiple_of(2) && digits.iter().all(u8::is_ascii_hexdigit) {
                    Ok(())
                } else {
                    Err("invalid hexadecimal data: odd number of digits or invalid digit".into())
                }
            } else {
                let b = s.as_bytes();
                let mut i = 0;
                while i < b.len() {
                    if b[i] == b'\\' {
                        if b.get(i + 1) == Some(&b'\\') {
                            i += 2;
                        } else if b.len() >= i + 4
                            && b[i + 1..i + 4].iter().all(|d| (b'0'..=b'7').contains(d))
                            && b[i + 1] <= b'3'
                        {
                            i += 4;
                        } else {
                            return bad("bytea");
                        }
                    } else {
                        i += 1;
                    }
                }
                Ok(())
            }
        }
        Check::Inet { cidr } => inet(s, *cidr),
        Check::Macaddr => {
            let hex: String = s.trim().chars().filter(|c| !":-.".contains(*c)).collect();
            if hex.len() == 12 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                Ok(())
            } else {
                bad("macaddr")
            }
        }
        Check::Bit { len, varying } => {
            let t = s.strip_prefix(['b', 'B']).unwrap_or(s);
            if let Some(x) = s.strip_prefix(['x', 'X']) {
                if !x.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return Err(format!("\"{}\" is not a valid hexadecimal digit", short(x)));
                }
                return bit_len(x.len() * 4, *len, *varying);
            }
            if let Some(c) = t.chars().find(|c| *c != '0' && *c != '1') {
                return Err(format!("\"{c}\" is not a valid binary digit"));
            }
            bit_len(t.len(), *len, *varying)
        }
        Check::Enum { name, labels } => {
            if labels.iter().any(|l| l == s) {
                Ok(())
            } else {
                Err(format!("invalid input value for enum {name}: \"{}\"", short(s)))
            }
        }
        Check::Array(elem) => array(s, elem),
    }
}

/// The deepest json/jsonb nesting every server we measured accepts, and the deepest any does:
/// PostgreSQL's recursive-descent JSON parser checks the stack at each level, so the limit is
/// max_stack_depth (2MB by default) over the frame size, which varies with version and
/// compiler. Measured with `scripts/nesting-limits.sh` (first failing depth, arrays/objects):
/// Debian's 15.18 14,545/13,091; the PyPI builds 14.23 14,546/14,546, 15.17 14,547/14,547,
/// 16.15 16,365/16,365, 17.11 16,363/16,363, 18.6 16,338/14,523. A deeper value is
/// reported: it fails on some servers and is no real data.
pub const MAX_JSON_DEPTH: usize = 13_090;
pub const MOST_JSON_DEPTH: usize = 16_364;

/// How deeply a JSON text nests arrays and objects (brackets inside strings do not count).
pub fn json_depth(s: &str) -> usize {
    let (mut depth, mut max, mut in_str, mut esc) = (0usize, 0usize, false, false);
    for &b in s.as_bytes() {
        if in_str {
            match b {
                _ if esc => esc = false,
                b'\\' => esc = true,
                b'"' => in_str = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_str = true,
            b'[' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

fn bad_s(ty: &str, s: &str) -> String {
    format!("invalid input syntax for type {ty}: \"{}\"", short(s))
}

/// Opens and closes a value quoted in a message (U+FFF9, U+FFFB: interlinear annotation
/// anchors). The verifier decides, value by value, whether to show it shortened or redacted
/// ([`show_quoted`]): no message carries a value it has not judged.
pub const QUOTE_OPEN: char = '\u{FFF9}';
pub const QUOTE_CLOSE: char = '\u{FFFB}';

/// `s` marked as a quoted value (anchors inside it become U+FFFD, so marks never nest).
pub fn short(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 6);
    out.push(QUOTE_OPEN);
    out.extend(s.chars().map(|c| {
        if c == QUOTE_OPEN || c == QUOTE_CLOSE {
            '\u{FFFD}'
        } else {
            c
        }
    }));
    out.push(QUOTE_CLOSE);
    out
}

/// `msg` with every value [`short`] marked replaced by what may be shown of it: redacted
/// when `flagged` says a detector would flag it, else at most 60 characters.
pub fn show_quoted(msg: &str, flagged: &dyn Fn(&str) -> bool) -> String {
    if !msg.contains(QUOTE_OPEN) {
        return msg.to_string();
    }
    let mut out = String::with_capacity(msg.len());
    let mut rest = msg;
    while let Some(i) = rest.find(QUOTE_OPEN) {
        out.push_str(&rest[..i]);
        let after = &rest[i + QUOTE_OPEN.len_utf8()..];
        let (v, next) = match after.find(QUOTE_CLOSE) {
            Some(j) => (&after[..j], &after[j + QUOTE_CLOSE.len_utf8()..]),
            None => (after, ""),
        };
        if flagged(v) {
            out.push_str(&crate::findings::redact(v.as_bytes()));
        } else if v.chars().count() > 60 {
            out.extend(v.chars().take(60));
            out.push('…');
        } else {
            out.push_str(v);
        }
        rest = next;
    }
    out.push_str(rest);
    out
}

fn is_pg_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

fn is_decimal(s: &str) -> bool {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (a, b) = mant.split_once('.').unwrap_or((mant, ""));
    let digits_ok = (!a.is_empty() || !b.is_empty())
        && a.bytes().all(|c| c.is_ascii_digit())
        && b.bytes().all(|c| c.is_ascii_digit());
    let exp_ok = exp.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && e.bytes().all(|c| c.is_ascii_digit())
    });
    digits_ok && exp_ok
}

fn numeric(s: &str, precision: Option<(u32, u32)>) -> Result<(), String> {
    let t = s.trim_matches(is_pg_space);
    let u = t.strip_prefix(['+', '-']).unwrap_or(t);
    if ["nan", "infinity", "inf"].iter().any(|w| u.eq_ignore_ascii_case(w)) {
        return match precision {
            Some(_) if !u.eq_ignore_ascii_case("nan") => Err("numeric field overflow".into()),
            _ => Ok(()),
        };
    }
    if !is_decimal(u) {
        return Err(format!("invalid input syntax for type numeric: \"{}\"", short(s)));
    }
    let Some((p, sc)) = precision else { return Ok(()) };
    // Digits before the point after scaling by the exponent and rounding to the scale.
    let (mant, exp) = match u.find(['e', 'E']) {
        Some(i) => (&u[..i], u[i + 1..].parse::<i64>().unwrap_or(0)),
        None => (u, 0),
    };
    let (a, b) = mant.split_once('.').unwrap_or((mant, ""));
    // The digits of `a` then `b`, without joining them (this runs once per value).
    let len = a.len() + b.len();
    let digit = |i: usize| {
        if i < a.len() {
            a.as_bytes()[i]
        } else {
            b.as_bytes()[i - a.len()]
        }
    };
    let point = (a.len() as i64).saturating_add(exp); // digits before the decimal point
    let first = (0..len).position(|i| digit(i) != b'0');
    let Some(first) = first else { return Ok(()) }; // zero
                                                    // Round at `sc` digits after the point: it may carry into a new leading digit.
    let keep = point.saturating_add(sc as i64).clamp(0, len as i64) as usize;
    let mut int_digits = point.saturating_sub(first as i64);
    if keep < len && digit(keep) >= b'5' && (first.min(keep)..keep).all(|i| digit(i) == b'9') {
        int_digits += 1;
    }
    // PostgreSQL 15 allows a scale above the precision: the limit is then a negative power.
    let room = p as i64 - sc as i64;
    if int_digits > room {
        Err(format!(
            "numeric field overflow: a field with precision {p}, scale {sc} must round to an absolute value less than 10^{room}"
        ))
    } else {
        Ok(())
    }
}

fn bit_len(n: usize, len: Option<usize>, varying: bool) -> Result<(), String> {
    match len {
        Some(l) if varying && n > l => Err(format!("bit string too long for type bit varying({l})")),
        Some(l) if !varying && n != l => Err(format!("bit string length {n} does not match type bit({l})")),
        _ => Ok(()),
    }
}

fn days_in_month(y: i64, m: u32, bc: bool) -> u32 {
    // Proleptic Gregorian; year 1 BC is astronomical year 0, a leap year.
    let y = if bc { 1 - y } else { y };
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    }
}

/// ISO dates and times as pg_dump writes them (DateStyle ISO): `2024-02-29`, `12:30:00.5`,
/// `2024-02-29 12:30:00+01`, with ` BC`, and `infinity` / `-infinity` for dates and timestamps.
fn date_time(s: &str, date: bool, time: bool, tz: bool) -> Result<(), ()> {
    if date && iso_valid(s.as_bytes(), time, tz) {
        return Ok(());
    }
    any_date_time(s, date, time, tz)
}

/// [`date_time`] for every spelling it reads.
fn any_date_time(s: &str, date: bool, time: bool, tz: bool) -> Result<(), ()> {
    let t = s.trim_matches(is_pg_space);
    if date
        && ["infinity", "-infinity", "+infinity"]
            .iter()
            .any(|w| t.eq_ignore_ascii_case(w))
    {
        return Ok(());
    }
    let (t, bc) = match t.strip_suffix(" BC") {
        Some(x) => (x, true),
        None => (t, false),
    };
    let mut rest = t;
    if date {
        let (d, r) = match rest.split_once([' ', 'T']) {
            Some((d, r)) if time => (d, r),
            None if !time => (rest, ""),
            _ => return Err(()),
        };
        let mut it = d.splitn(3, '-');
        let (y, m, dd) = (it.next().ok_or(())?, it.next().ok_or(())?, it.next().ok_or(())?);
        if y.len() < 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
            return Err(());
        }
        let y: i64 = y.parse().map_err(|_| ())?;
        let m: u32 = two(m)?;
        let dd: u32 = two(dd)?;
        if y == 0 || !(1..=12).contains(&m) || dd == 0 || dd > days_in_month(y, m, bc) {
            return Err(());
        }
        rest = r;
    } else if bc {
        return Err(());
    }
    if !time {
        return if rest.is_empty() { Ok(()) } else { Err(()) };
    }
    // HH:MM[:SS[.frac]] then, with a zone, +HH[:MM[:SS]] / -HH...
    let zone_at = rest.rfind(['+', '-']).filter(|&i| i > 0);
    let (clock, zone) = match zone_at {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    let mut parts = clock.split(':');
    let h: u32 = two(parts.next().ok_or(())?)?;
    let mi: u32 = two(parts.next().ok_or(())?)?;
    let sec = parts.next().unwrap_or("0");
    if parts.next().is_some() {
        return Err(());
    }
    let (whole, frac) = sec.split_once('.').unwrap_or((sec, ""));
    let se: u32 = whole.parse().map_err(|_| ())?;
    if whole.is_empty() || whole.len() > 2 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return Err(());
    }
    let frac_zero = frac.bytes().all(|b| b == b'0');
    if mi > 59 || se > 60 || h > 24 || (h == 24 && (mi > 0 || se > 0 || !frac_zero)) {
        return Err(());
    }
    match zone {
        Some(z) if tz => {
            let mut zp = z.split(':');
            let zh: u32 = two(zp.next().ok_or(())?)?;
            for p in zp {
                let v: u32 = two(p)?;
                if v > 59 {
                    return Err(());
                }
            }
            if zh > 15 {
                return Err(());
            }
            Ok(())
        }
        Some(_) => Err(()),
        None => Ok(()),
    }
}

/// The date or timestamp as pg_dump writes it (DateStyle ISO): `YYYY-MM-DD`, then for a
/// timestamp ` HH:MM:SS`, an optional fraction and, with a zone, `+HH[:MM]`, read at fixed
/// places. True only for a valid value; anything else (other spellings, edge values such as
/// 24:00:00 or a leap second) is left to the general reader, which this agrees with.
fn iso_valid(b: &[u8], time: bool, tz: bool) -> bool {
    let d = |i: usize| b.get(i).filter(|c| c.is_ascii_digit()).map(|c| (c - b'0') as u32);
    let n2 = |i: usize| Some(d(i)? * 10 + d(i + 1)?);
    let sep = |i: usize, c: u8| b.get(i) == Some(&c);
    let Some(y) = (|| Some(n2(0)? * 100 + n2(2)?))() else {
        return false;
    };
    let (Some(m), Some(dd)) = (n2(5), n2(8)) else {
        return false;
    };
    if !sep(4, b'-')
        || !sep(7, b'-')
        || y == 0
        || !(1..=12).contains(&m)
        || dd == 0
        || dd > days_in_month(y as i64, m, false)
    {
        return false;
    }
    if !time {
        return b.len() == 10;
    }
    let (Some(h), Some(mi), Some(se)) = (n2(11), n2(14), n2(17)) else {
        return false;
    };
    if !sep(10, b' ') || !sep(13, b':') || !sep(16, b':') || h > 23 || mi > 59 || se > 59 {
        return false;
    }
    let mut i = 19;
    if sep(i, b'.') {
        let start = i + 1;
        i = start;
        while d(i).is_some() {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    if i == b.len() {
        return true;
    }
    if !tz || !(sep(i, b'+') || sep(i, b'-')) {
        return false;
    }
    let Some(zh) = n2(i + 1) else { return false };
    if zh > 15 {
        return false;
    }
    i += 3;
    if sep(i, b':') {
        match n2(i + 1) {
            Some(zm) if zm <= 59 => i += 3,
            _ => return false,
        }
    }
    i == b.len()
}

fn two(s: &str) -> Result<u32, ()> {
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(());
    }
    s.parse().map_err(|_| ())
}

/// Intervals as pg_dump writes them (IntervalStyle postgres): `1 year 2 mons -3 days 04:05:06.7`.
fn interval(s: &str) -> Result<(), ()> {
    let t = s.trim_matches(is_pg_space);
    if t.is_empty() {
        return Err(());
    }
    let l = t.to_ascii_lowercase();
    if l == "infinity" || l == "-infinity" {
        return Ok(());
    }
    let words: Vec<&str> = l.split_whitespace().collect();
    let mut i = 0;
    let unit = |w: &str| {
        matches!(
            w.trim_end_matches('s'),
            "year"
                | "mon"
                | "month"
                | "day"
                | "hour"
                | "min"
                | "minute"
                | "sec"
                | "second"
                | "week"
                | "millisecond"
                | "microsecond"
                | "decade"
                | "century"
                | "centurie"
                | "millennium"
                | "millennia"
                | "msec"
                | "usec"
                | "y"
                | "m"
                | "d"
                | "h"
        )
    };
    let number = |w: &str| {
        let w = w.strip_prefix(['+', '-']).unwrap_or(w);
        !w.is_empty() && is_decimal(w)
    };
    while i < words.len() {
        let w = words[i];
        if w == "@" || w == "ago" {
            i += 1;
        } else if w.contains(':') {
            let w = w.strip_prefix(['+', '-']).unwrap_or(w);
            let parts: Vec<&str> = w.split(':').collect();
            if parts.len() > 3 || parts.iter().any(|p| p.is_empty() || !is_decimal(p)) {
                return Err(());
            }
            i += 1;
        } else if number(w) && words.get(i + 1).is_some_and(|u| unit(u)) {
            i += 2;
        } else {
            return Err(());
        }
    }
    Ok(())
}

fn inet(s: &str, cidr: bool) -> Result<(), String> {
    let ty = if cidr { "cidr" } else { "inet" };
    let t = s.trim();
    let (addr, bits) = match t.split_once('/') {
        Some((a, b)) => (a, Some(b)),
        None => (t, None),
    };
    let ip: std::net::IpAddr = addr.parse().map_err(|_| bad_s(ty, s))?;
    let max = if ip.is_ipv4() { 32 } else { 128 };
    let bits = match bits {
        Some(b) => {
            let n: u32 = b.parse().map_err(|_| bad_s(ty, s))?;
            if n > max {
                return Err(bad_s(ty, s));
            }
            n
        }
        None => max,
    };
    if cidr {
        let v: u128 = match ip {
            std::net::IpAddr::V4(a) => u32::from(a) as u128,
            std::net::IpAddr::V6(a) => u128::from(a),
        };
        let host_bits = max - bits;
        if host_bits > 0 && v & ((1u128 << host_bits) - 1) != 0 {
            return Err(format!(
                "invalid cidr value: \"{}\" (it has bits set to right of mask)",
                short(s)
            ));
        }
    }
    Ok(())
}

/// A PostgreSQL array literal: `{1,2,NULL}`, `{{1,2},{3,4}}`, `{"a b","c\"d"}`, with an optional
/// `[1:2]=` dimension prefix; each element checked.
fn array(s: &str, elem: &Check) -> Result<(), String> {
    let bad = || format!("malformed array literal: \"{}\"", short(s));
    let mut t = s.trim_matches(is_pg_space);
    if t.starts_with('[') {
        let eq = t.find('=').ok_or_else(bad)?;
        t = t[eq + 1..].trim_start();
    }
    let b = t.as_bytes();
    if b.first() != Some(&b'{') {
        return Err(bad());
    }
    let mut depth = 0usize;
    let mut i = 0;
    let mut elems: Vec<Option<String>> = Vec::new();
    let mut expect_elem = true;
    while i < b.len() {
        match b[i] {
            b'{' if expect_elem => {
                depth += 1;
                i += 1;
                // MAXDIM in PostgreSQL's array code.
                if depth > 6 {
                    return Err(format!(
                        "number of array dimensions ({depth}) exceeds the maximum allowed (6)"
                    ));
                }
            }
            b'}' if depth > 0 => {
                depth -= 1;
                i += 1;
                expect_elem = false;
                if depth == 0 && t[i..].trim().is_empty() {
                    break;
                }
            }
            b',' if !expect_elem => {
                expect_elem = true;
                i += 1;
            }
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            b'"' if expect_elem => {
                let mut v = String::new();
                i += 1;
                loop {
                    match b.get(i) {
                        None => return Err(bad()),
                        Some(b'"') => break,
                        Some(b'\\') => {
                            let c = t[i + 1..].chars().next().ok_or_else(bad)?;
                            v.push(c);
                            i += 1 + c.len_utf8();
                        }
                        Some(_) => {
                            let c = t[i..].chars().next().ok_or_else(bad)?;
                            v.push(c);
                            i += c.len_utf8();
                        }
                    }
                }
                i += 1;
                elems.push(Some(v));
                expect_elem = false;
            }
            _ if expect_elem && depth > 0 => {
                let start = i;
                while i < b.len() && !matches!(b[i], b',' | b'}' | b'{' | b'"') {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                let raw = t[start..i.min(t.len())].trim();
                elems.push(if raw.eq_ignore_ascii_case("null") {
                    None
                } else {
                    Some(raw.replace('\\', ""))
                });
                expect_elem = false;
            }
            _ => return Err(bad()),
        }
    }
    if depth != 0 {
        return Err(bad());
    }
    for e in elems.iter().flatten() {
        validate(elem, e.as_bytes())?;
    }
    Ok(())
}

/// Whether every byte of `b` is a hex digit. A bytea value is megabytes of them; the test
/// of each 64 bytes has no early exit, so that the compiler makes it vector code (the
/// byte-at-a-time `all` was a tenth of verify's CPU on the generated dumps).
fn all_hex(b: &[u8]) -> bool {
    let hex = |c: u8| c.wrapping_sub(b'0') < 10 || (c | 0x20).wrapping_sub(b'a') < 6;
    let mut blocks = b.chunks_exact(64);
    for block in &mut blocks {
        if block.iter().fold(false, |bad, &c| bad | !hex(c)) {
            return false;
        }
    }
    blocks.remainder().iter().all(|&c| hex(c))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_iso_fast_path_agrees_with_the_general_reader() {
        // The fast path may only say yes where the general reader says yes.
        let mut cases = vec![
            "2024-02-29",
            "2023-02-29",
            "0000-01-01",
            "2024-13-01",
            "2024-04-31",
            "2024-1-01",
            "2024-01-01 10:00:00",
            "2024-01-01 24:00:00",
            "2024-01-01 23:59:60",
            "2024-01-01 10:00:00.",
            "2024-01-01 10:00:00.123456",
            "2024-01-01 10:00:00+02",
            "2024-01-01 10:00:00-03:30",
            "2024-01-01 10:00:00+16",
            "2024-01-01 10:00:00+02:60",
            "2024-01-01 10:00:00.5+05:45",
            "2024-01-01 10:00:00+02:00:00",
            "2024-01-01T10:00:00",
            "12024-01-01 10:00:00",
            " 2024-01-01",
            "2024-01-01 10:00",
            "2024-01-01 10:00:00 BC",
            "2024-01-01 10:00:00Z",
        ];
        let extra: Vec<String> = (0..2000u32)
            .map(|i| {
                format!(
                    "{:04}-{:02}-{:02} {:02}:{:02}:{:02}+{:02}",
                    1 + i % 2500,
                    i % 14,
                    i % 33,
                    i % 25,
                    i % 61,
                    (i * 7) % 61,
                    i % 17
                )
            })
            .collect();
        cases.extend(extra.iter().map(String::as_str));
        for s in cases {
            for (time, tz) in [(false, false), (true, false), (true, true)] {
                if iso_valid(s.as_bytes(), time, tz) {
                    let slow = any_date_time(s, true, time, tz);
                    assert!(slow.is_ok(), "{s:?} time={time} tz={tz}: fast yes, general no");
                }
            }
        }
        assert!(iso_valid(b"2024-02-29", false, false));
        assert!(iso_valid(b"2024-01-01 10:00:00.123456+02", true, true));
        assert!(!iso_valid(b"2024-01-01 10:00:00+02", true, false));
    }

    use super::*;

    #[test]
    fn all_hex_agrees_with_the_byte_test() {
        let mut v: Vec<u8> = (0..200).map(|i| b"0123456789abcdefABCDEF"[i % 22]).collect();
        assert!(all_hex(&v) && all_hex(&[]));
        for at in [0, 63, 64, 130, 199] {
            for bad in [b'g', b'G', b'/', b':', b'@', b'`', 0, 0xff, b' '] {
                let keep = v[at];
                v[at] = bad;
                assert_eq!(all_hex(&v), v.iter().all(u8::is_ascii_hexdigit), "{bad} at {at}");
                v[at] = keep;
            }
        }
    }

    fn ok(c: &Check, v: &str) -> bool {
        validate(c, v.as_bytes()).is_ok()
    }

    #[test]
    fn integers_and_ranges() {
        let c = Check::Int {
            bits: 16,
            name: "smallint",
        };
        assert!(ok(&c, "32767") && ok(&c, "-32768") && ok(&c, " 12 "));
        let msg = validate(&c, b"32768").unwrap_err();
        assert_eq!(
            show_quoted(&msg, &|_| false),
            "value \"32768\" is out of range for type smallint"
        );
        assert_eq!(
            show_quoted(&msg, &|v| v == "32768"),
            "value \"****\" is out of range for type smallint"
        );
        assert!(!ok(&c, "1.5") && !ok(&c, "") && !ok(&c, "abc") && !ok(&c, "+"));
        let c = Check::Int {
            bits: 64,
            name: "bigint",
        };
        assert!(ok(&c, "9223372036854775807") && !ok(&c, "9223372036854775808"));
    }

    #[test]
    fn numerics() {
        let c = Check::Numeric {
            precision: Some((5, 2)),
        };
        assert!(ok(&c, "999.99") && ok(&c, "-0.001") && ok(&c, "1e2") && ok(&c, "NaN"));
        assert!(!ok(&c, "1000.00") && !ok(&c, "999.995") && !ok(&c, "1e3") && !ok(&c, "abc"));
        assert!(ok(
            &Check::Numeric { precision: None },
            "123456789012345678901234567890.5"
        ));
    }

    #[test]
    fn dates_and_times_as_pg_dump_writes_them() {
        assert!(ok(&Check::Date, "2024-02-29") && ok(&Check::Date, "infinity") && ok(&Check::Date, "0044-03-15 BC"));
        assert!(!ok(&Check::Date, "2023-02-29") && !ok(&Check::Date, "2024-13-01") && !ok(&Check::Date, "yesterday!"));
        assert!(ok(&Check::Date, "0001-02-29 BC"), "1 BC is a leap year");
        let ts = Check::Timestamp { tz: true };
        assert!(
            ok(&ts, "2022-02-15 09:57:20+00") && ok(&ts, "2022-02-15 09:57:20.123456-03:30") && ok(&ts, "-infinity")
        );
        assert!(!ok(&ts, "2022-02-15 25:00:00+00") && !ok(&ts, "2022-02-15"));
        let t = Check::Timestamp { tz: false };
        assert!(ok(&t, "2006-02-15 09:34:33") && !ok(&t, "2006-02-15 09:34:33+02"));
        assert!(ok(&Check::Time { tz: false }, "24:00:00") && !ok(&Check::Time { tz: false }, "24:00:01"));
        assert!(ok(&Check::Interval, "1 year 2 mons -3 days 04:05:06.789") && ok(&Check::Interval, "00:00:00"));
        assert!(!ok(&Check::Interval, "soon"));
    }

    #[test]
    fn the_rest() {
        assert!(
            ok(&Check::Uuid, "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")
                && ok(&Check::Uuid, "{a0eebc999c0b4ef8bb6d6bb9bd380a11}")
        );
        assert!(
            !ok(&Check::Uuid, "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1")
                && !ok(&Check::Uuid, "-a0eebc999c0b4ef8bb6d6bb9bd380a11")
        );
        assert!(
            ok(&Check::Json { binary: true }, "{\"a\": [1, 2.5e3, null]}")
                && !ok(&Check::Json { binary: false }, "{a:1}")
        );
        assert!(!ok(&Check::Json { binary: true }, "\"\\u0000\"") && ok(&Check::Json { binary: false }, "\"\\u0000\""));
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(ok(&Check::Json { binary: true }, &deep(10_000)));
        assert!(!ok(&Check::Json { binary: true }, &deep(20_000)));
        assert!(!ok(&Check::Json { binary: false }, &deep(MAX_JSON_DEPTH + 1)));
        assert_eq!(json_depth(r#"{"a": "[[[[", "b": [{"c": "\"]"}]}"#), 3);
        assert!(ok(&Check::Bytea, "\\x00ff") && !ok(&Check::Bytea, "\\x0ff") && ok(&Check::Bytea, "abc\\\\\\001"));
        assert!(
            ok(&Check::Inet { cidr: false }, "192.168.0.1/24") && !ok(&Check::Inet { cidr: true }, "192.168.0.1/24")
        );
        assert!(ok(&Check::Inet { cidr: true }, "192.168.0.0/24") && ok(&Check::Inet { cidr: false }, "::1"));
        assert!(ok(&Check::Macaddr, "08:00:2b:01:02:03") && !ok(&Check::Macaddr, "08:00:2b:01:02"));
        assert!(
            ok(
                &Check::Bit {
                    len: Some(3),
                    varying: false
                },
                "101"
            ) && !ok(
                &Check::Bit {
                    len: Some(3),
                    varying: false
                },
                "10"
            )
        );
        assert!(
            ok(&Check::Bool, "t") && ok(&Check::Bool, "off") && !ok(&Check::Bool, "maybe") && !ok(&Check::Bool, "o")
        );
        let v = Check::Chars {
            max: Some(3),
            name: "character varying(3)".into(),
        };
        assert!(ok(&v, "abc") && ok(&v, "äöü") && ok(&v, "abc  ") && !ok(&v, "abcd"));
        let e = Check::Enum {
            name: "public.mood".into(),
            labels: vec!["sad".into(), "ok".into()],
        };
        assert!(ok(&e, "sad") && !ok(&e, "happy"));
        let a = Check::Array(Box::new(Check::Int {
            bits: 32,
            name: "integer",
        }));
        assert!(ok(&a, "{1,2,NULL}") && ok(&a, "{{1,2},{3,4}}") && ok(&a, "[0:1]={1,2}") && ok(&a, "{}"));
        assert!(!ok(&a, "{1,x}") && !ok(&a, "{1,2") && !ok(&a, "1,2"));
        let t = Check::Array(Box::new(Check::Chars {
            max: None,
            name: "text".into(),
        }));
        assert!(ok(&t, "{\"a b\",\"c\\\"d\",plain}"));
    }
}
