//! The text engine: the keyword prefilter (SIMD, see `prefilter`) over every rule's keywords
//! picks the candidate rules for a value, and each candidate's regex and check confirm or
//! reject.

use super::hosts::{parse_conn, Conn};
use super::prefilter::Prefilter;
use crate::rules::patterns::Form;
use crate::rules::{Category, Check, Severity, RULES};
use regex::bytes::Regex;

/// A rule ready to run: built in, or from the config file. A built-in rule's regex (and DFA) is
/// built the first time a value needs it: most dumps wake only a few of the rules, and building
/// them all took most of a small scan's time.
pub struct Compiled {
    /// The rule's id, as findings report it.
    pub id: String,
    /// The `v` group is the whole match: a plain find is enough (no capture pass).
    pub whole: bool,
    /// What the rule finds; its findings' messages start with it.
    pub description: String,
    /// The category of the rule's findings.
    pub category: Category,
    /// The severity of its findings; a connection string's depends on its password and hosts.
    pub severity: Severity,
    /// What confirms a regex match; [`Check::Pattern`] for the families and custom rules.
    pub check: Check,
    pattern: String,
    /// A whole-match pattern rule whose keywords may lead every match (see [`Led`]).
    led_wanted: bool,
    keywords: Vec<String>,
    regex: std::sync::OnceLock<Regex>,
    led: std::sync::OnceLock<Option<Led>>,
}

impl Compiled {
    /// The rule's regex. Built-in patterns are constant and all compile (tested); a custom
    /// rule's is compiled when the engine is made, so a bad one is an error there.
    pub fn regex(&self) -> &Regex {
        self.regex
            .get_or_init(|| Regex::new(&self.pattern).expect("built-in rule patterns compile (tested)"))
    }

    /// For a rule whose every match begins with one of its keywords: the same pattern,
    /// searched anchored at each keyword occurrence instead of over the value.
    pub fn led(&self) -> Option<&Led> {
        if !self.led_wanted {
            return None;
        }
        self.led
            .get_or_init(|| {
                let kws: Vec<&str> = self.keywords.iter().map(String::as_str).collect();
                keyword_led(&self.pattern, &kws)
                    .then(|| Led::new(&self.pattern))
                    .flatten()
            })
            .as_ref()
    }
}

/// A keyword-led rule's pattern, run anchored at a keyword: every match begins there, so one
/// forward run gives its end; no reverse search and no per-search setup (this runs for every
/// password hash in a users table).
pub enum Led {
    /// A pattern that is a sequence of byte-class runs (`\$2[abxy]\$[0-9]{2}\$[./A-Za-z0-9]{53}`)
    /// is matched run by run: each byte is a table test independent of the previous one,
    /// where a DFA's steps are a chain of dependent loads (several times slower per byte).
    Runs(Box<[Run]>),
    /// Any other pattern: a small dense DFA, started anchored at the keyword.
    Dfa(Box<regex_automata::dfa::dense::DFA<Vec<u32>>>),
}

/// `min..=max` bytes of a set, taken greedily.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    set: [u64; 4],
    min: u32,
    max: u32,
}

impl Run {
    #[inline]
    fn has(&self, b: u8) -> bool {
        self.set[(b >> 6) as usize] >> (b & 63) & 1 != 0
    }

    fn disjoint(&self, o: &Run) -> bool {
        self.set.iter().zip(&o.set).all(|(a, b)| a & b == 0)
    }
}

impl std::fmt::Debug for Led {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Led::Runs(r) => write!(f, "Led::Runs({})", r.len()),
            Led::Dfa(_) => f.write_str("Led::Dfa"),
        }
    }
}

impl Led {
    /// `None` when the pattern does not make a small DFA (e.g. a Unicode word boundary): the
    /// rule then takes the ordinary path.
    fn new(pattern: &str) -> Option<Led> {
        if let Some(runs) = class_runs(pattern) {
            return Some(Led::Runs(runs.into()));
        }
        use regex_automata::dfa::{dense, StartKind};
        use regex_automata::{nfa::thompson, util::syntax, MatchKind};
        dense::Builder::new()
            // As `regex::bytes`: classes may match any byte.
            .syntax(syntax::Config::new().utf8(false))
            .thompson(thompson::Config::new().utf8(false))
            .configure(
                dense::Config::new()
                    .match_kind(MatchKind::LeftmostFirst)
                    .start_kind(StartKind::Anchored)
                    .dfa_size_limit(Some(1 << 20))
                    .determinize_size_limit(Some(4 << 20)),
            )
            .build(pattern)
            .ok()
            .map(|d| Led::Dfa(Box::new(d)))
    }

    /// The end of the match that starts at `at`, if one does.
    #[inline]
    fn end_at(&self, text: &[u8], at: usize) -> Option<usize> {
        match self {
            Led::Runs(runs) => {
                let mut p = at;
                for r in runs.iter() {
                    let lim = (r.max as usize).min(text.len() - p);
                    let t = &text[p..p + lim];
                    let mut k = 0;
                    // Eight bytes a step with one branch (a bcrypt hash's 53-byte run on every
                    // row of a users table), then byte by byte to the run's end.
                    while k + 8 <= lim && t[k..k + 8].iter().fold(true, |all, &b| all & r.has(b)) {
                        k += 8;
                    }
                    while k < lim && r.has(t[k]) {
                        k += 1;
                    }
                    if k < r.min as usize {
                        return None;
                    }
                    p += k;
                }
                Some(p)
            }
            Led::Dfa(dfa) => {
                use regex_automata::{dfa::Automaton, Anchored, Input};
                let input = Input::new(text).range(at..).anchored(Anchored::Yes);
                // No quit bytes are configured, so the search cannot fail.
                dfa.try_search_fwd(&input).ok().flatten().map(|m| m.offset())
            }
        }
    }
}

/// The pattern as byte-class runs, when it is one (groups aside: literals, ASCII or byte
/// classes, greedy counted repetitions of one of those) and taking each run greedily gives the
/// regex's leftmost-first match: a run of varying length must be followed by one that needs a
/// byte it does not take, so the greedy end is the only one that can go on.
fn class_runs(pattern: &str) -> Option<Vec<Run>> {
    use regex_syntax::hir::{Class, Hir, HirKind};
    fn with(mut set: [u64; 4], lo: u8, hi: u8) -> [u64; 4] {
        for b in lo..=hi {
            set[(b >> 6) as usize] |= 1 << (b & 63);
        }
        set
    }
    fn set_of(h: &Hir) -> Option<[u64; 4]> {
        let mut set = [0u64; 4];
        let mut add = |lo: u8, hi: u8| set = with(set, lo, hi);
        match h.kind() {
            HirKind::Literal(l) if l.0.len() == 1 => add(l.0[0], l.0[0]),
            HirKind::Class(Class::Bytes(c)) => c.ranges().iter().for_each(|r| add(r.start(), r.end())),
            // A Unicode class is a set of bytes only while it is all ASCII.
            HirKind::Class(Class::Unicode(c)) => {
                for r in c.ranges() {
                    let (lo, hi) = (u8::try_from(r.start()).ok()?, u8::try_from(r.end()).ok()?);
                    if hi > 0x7f {
                        return None;
                    }
                    add(lo, hi);
                }
            }
            _ => return None,
        }
        Some(set)
    }
    fn walk(h: &Hir, out: &mut Vec<Run>) -> Option<()> {
        match h.kind() {
            HirKind::Capture(c) => walk(&c.sub, out),
            HirKind::Concat(hs) => hs.iter().try_for_each(|h| walk(h, out)),
            HirKind::Literal(l) => {
                for &b in l.0.iter() {
                    let set = with([0; 4], b, b);
                    out.push(Run { set, min: 1, max: 1 });
                }
                Some(())
            }
            HirKind::Class(_) => {
                out.push(Run {
                    set: set_of(h)?,
                    min: 1,
                    max: 1,
                });
                Some(())
            }
            HirKind::Repetition(r) if r.greedy => {
                out.push(Run {
                    set: set_of(&r.sub)?,
                    min: r.min,
                    max: r.max.unwrap_or(u32::MAX),
                });
                Some(())
            }
            _ => None,
        }
    }
    let hir = regex_syntax::ParserBuilder::new()
        .utf8(false)
        .build()
        .parse(pattern)
        .ok()?;
    let mut runs = Vec::new();
    walk(&hir, &mut runs)?;
    let greedy_is_leftmost_first = runs
        .windows(2)
        .all(|w| w[0].min == w[0].max || (w[1].min >= 1 && w[0].disjoint(&w[1])));
    (!runs.is_empty() && greedy_is_leftmost_first).then_some(runs)
}

/// A user rule from `pgscreen.toml`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct CustomRule {
    /// The rule's id, as findings report it.
    pub id: String,
    /// What the rule finds, for findings' messages; `custom rule ID` when absent.
    #[serde(default)]
    pub description: Option<String>,
    /// The pattern (Rust `regex` syntax, over bytes); a capture group `v`, if any, is the value
    /// reported, otherwise the whole match.
    pub regex: String,
    /// Literals (ASCII case-insensitive) one of which a value must hold for the regex to run;
    /// without any, the regex runs on every value (slow on a large dump).
    #[serde(default)]
    pub keywords: Vec<String>,
    /// A severity name (`info`, `low`, `medium`, `high`, `critical`); `high` when absent.
    #[serde(default = "default_sev")]
    pub severity: String,
    /// A category name (`secret`, `pii`, `live-host`...); `secret` when absent.
    #[serde(default = "default_cat")]
    pub category: String,
}

fn default_sev() -> String {
    "high".into()
}
fn default_cat() -> String {
    "secret".into()
}

/// Every rule that searches values (built-in, families, custom), with the keyword search that
/// picks which of them run on a value.
pub struct Engine {
    /// The rules, indexed by [`Hit::rule`]: built-in ones first, then families, then custom.
    pub rules: Vec<Compiled>,
    /// Keyword search (ASCII case-insensitive); keyword `i` belongs to rules `kw_rules[i]`.
    pub keywords: Prefilter,
    kw_rules: Vec<Vec<u16>>,
    /// For keyword i: a byte every one of its rules needs in the value (URL rules need `@`
    /// unless a host policy must see every URL), to skip the many values that cannot match.
    kw_needs: Vec<Option<u8>>,
    /// Rules without keywords run on every value.
    always: Vec<u16>,
}

/// One confirmed match in a value.
#[derive(Debug, Clone)]
pub struct Hit {
    /// Index of the rule in [`Engine::rules`].
    pub rule: usize,
    /// Byte offset in the value where the matched secret (the `v` group, or the match) starts.
    pub start: usize,
    /// Byte offset in the value just past the matched secret.
    pub end: usize,
    /// The matched bytes: `start..end` of the value.
    pub value: Vec<u8>,
    /// For a connection rule: the string parsed for hosts, user and password.
    pub conn: Option<Conn>,
}

/// A custom rule (`pgscreen.toml`) the engine cannot use.
#[derive(Debug, thiserror::Error)]
pub enum RuleError {
    /// The `category` is not one pgscreen knows.
    #[error("rule {id}: unknown category {category:?}")]
    Category {
        /// The rule's id.
        id: String,
        /// The category as written.
        category: String,
    },
    /// The `severity` is not one of `info`, `low`, `medium`, `high`, `critical`.
    #[error("rule {id}: unknown severity {severity:?}")]
    Severity {
        /// The rule's id.
        id: String,
        /// The severity as written.
        severity: String,
    },
    /// The `regex` does not compile.
    #[error("rule {id}: {source}")]
    Regex {
        /// The rule's id.
        id: String,
        /// Why the regex crate refused it.
        #[source]
        source: regex::Error,
    },
    /// One of the `keywords` is empty, which would match every value.
    #[error("rule {id}: empty keyword")]
    EmptyKeyword {
        /// The rule's id.
        id: String,
    },
}

impl Engine {
    /// The built-in rules, the secret families of `families.jsonl` that have a shape and a
    /// distinctive keyword, and `custom`. `urls`: also judge the host of every http(s) URL
    /// (worth it only with a deny list).
    pub fn new(custom: &[CustomRule], urls: bool) -> Result<Engine, RuleError> {
        Engine::with_families(custom, urls, true)
    }

    /// As [`Engine::new`]; without `families` (`scan --no-families`) only the built-in rules
    /// search (less CPU: fewer keywords crowd the search's buckets, and with AVX2 alone 16
    /// buckets do instead of 32). Every family's shape
    /// still judges a value that a name names (`detect::named`).
    pub fn with_families(custom: &[CustomRule], urls: bool, families: bool) -> Result<Engine, RuleError> {
        let mut rules = Vec::new();
        let mut keywords: Vec<(String, u16)> = Vec::new();
        let mut always = Vec::new();
        for r in RULES
            .iter()
            .filter(|r| urls || r.check != Check::Connection(Form::UrlHost))
        {
            let idx = rules.len() as u16;
            rules.push(Compiled {
                whole: whole_match(r.pattern),
                id: r.id.into(),
                description: r.description.into(),
                category: r.category,
                severity: r.severity,
                check: r.check,
                pattern: r.pattern.into(),
                led_wanted: whole_match(r.pattern) && r.check == Check::Pattern,
                keywords: r.keywords.iter().map(|k| k.to_string()).collect(),
                regex: std::sync::OnceLock::new(),
                led: std::sync::OnceLock::new(),
            });
            keywords.extend(r.keywords.iter().map(|k| (k.to_string(), idx)));
        }
        for f in crate::rules::families::rules().filter(|_| families) {
            let idx = rules.len() as u16;
            let words = f.search_words();
            rules.push(Compiled {
                whole: false,
                id: f.id.clone(),
                description: f.description.clone(),
                category: f.category(),
                severity: f.severity(),
                check: Check::Pattern,
                pattern: f.captured(),
                led_wanted: false,
                keywords: words.clone(),
                regex: std::sync::OnceLock::new(),
                led: std::sync::OnceLock::new(),
            });
            keywords.extend(words.into_iter().map(|k| (k, idx)));
        }
        for c in custom {
            let idx = rules.len() as u16;
            rules.push(Compiled {
                whole: false,
                id: c.id.clone(),
                description: c.description.clone().unwrap_or_else(|| format!("custom rule {}", c.id)),
                category: Category::parse(&c.category).ok_or_else(|| RuleError::Category {
                    id: c.id.clone(),
                    category: c.category.clone(),
                })?,
                severity: Severity::parse(&c.severity).ok_or_else(|| RuleError::Severity {
                    id: c.id.clone(),
                    severity: c.severity.clone(),
                })?,
                check: Check::Pattern,
                pattern: c.regex.clone(),
                led_wanted: false,
                keywords: c.keywords.clone(),
                regex: Regex::new(&c.regex)
                    .map_err(|source| RuleError::Regex {
                        id: c.id.clone(),
                        source,
                    })?
                    .into(),
                led: std::sync::OnceLock::new(),
            });
            if c.keywords.iter().any(String::is_empty) {
                return Err(RuleError::EmptyKeyword { id: c.id.clone() });
            }
            if c.keywords.is_empty() {
                always.push(idx);
            }
            keywords.extend(c.keywords.iter().map(|k| (k.clone(), idx)));
        }
        // One search pattern per distinct keyword, mapped to every rule that uses it.
        let mut uniq: Vec<String> = Vec::new();
        let mut kw_rules: Vec<Vec<u16>> = Vec::new();
        for (k, r) in keywords {
            let k = k.to_ascii_lowercase();
            match uniq.iter().position(|u| *u == k) {
                Some(p) => kw_rules[p].push(r),
                None => {
                    uniq.push(k);
                    kw_rules.push(vec![r]);
                }
            }
        }
        let kw_needs = kw_rules
            .iter()
            .map(|rs| {
                let needs: Vec<Option<u8>> = rs.iter().map(|&r| needs_byte(rules[r as usize].check)).collect();
                match needs.first() {
                    Some(&Some(b)) if needs.iter().all(|n| *n == Some(b)) => Some(b),
                    _ => None,
                }
            })
            .collect();
        Ok(Engine {
            rules,
            keywords: Prefilter::new(&uniq),
            kw_rules,
            kw_needs,
            always,
        })
    }

    /// Does any keyword occur in `raw`? (the prefilter, over undecoded bytes)
    #[inline]
    pub fn any_keyword(&self, raw: &[u8]) -> bool {
        !self.always.is_empty() || self.keywords.is_match(raw)
    }

    /// Every keyword occurrence in `raw`: (start, keyword id), ascending.
    pub fn keyword_hits(&self, raw: &[u8]) -> Vec<(usize, u16)> {
        let mut found = Vec::new();
        self.keywords.find_all(raw, &mut found);
        found
    }

    /// A byte every rule of keyword `k` needs in the value, if there is one.
    #[inline]
    pub fn keyword_needs(&self, k: u16) -> Option<u8> {
        self.kw_needs[k as usize]
    }

    /// The length of keyword `k`.
    #[inline]
    pub fn keyword_len(&self, k: u16) -> usize {
        self.keywords.keyword(k).len()
    }

    /// Number of distinct keywords (the prefilter's keyword ids are `0..keyword_count()`).
    pub fn keyword_count(&self) -> usize {
        self.kw_rules.len()
    }

    /// Custom rules without keywords must see every value.
    pub fn scans_everything(&self) -> bool {
        !self.always.is_empty()
    }

    /// Did a rule other than a PII one report a value (its hits)? PII is judged per column.
    pub fn reports_non_pii(&self, hits: &[Hit]) -> bool {
        hits.iter().any(|h| self.rules[h.rule].category != Category::Pii)
    }

    /// Every rule match in a decoded value.
    pub fn scan(&self, text: &[u8], hits: &mut Vec<Hit>) {
        let mut found = Vec::new();
        self.keywords.find_all(text, &mut found);
        self.scan_found(text, &found, hits);
    }

    /// Every secret-shaped span, stand-ins included: what redaction hides before a message
    /// that quotes the dump is shown (a judgement that a value is only an example must not be
    /// what decides whether it is printed whole).
    pub fn shapes(&self, text: &[u8], hits: &mut Vec<Hit>) {
        let mut found = Vec::new();
        self.keywords.find_all(text, &mut found);
        self.matches(text, &found, hits, false);
    }

    /// [`Engine::scan`] with the value's keyword occurrences already found (by a search over
    /// the bytes around it: only those wholly inside `text`, ascending).
    pub fn scan_found(&self, text: &[u8], found: &[(usize, u16)], hits: &mut Vec<Hit>) {
        self.matches(text, found, hits, true)
    }

    fn matches(&self, text: &[u8], found: &[(usize, u16)], hits: &mut Vec<Hit>, judge: bool) {
        // Candidate rules, deduplicated in a small stack array (no allocation per value).
        let mut cand = [0u16; 64];
        let mut n = 0;
        let mut overflow: Vec<u16> = Vec::new();
        let mut add = |r: u16| {
            if cand[..n].contains(&r) || overflow.contains(&r) {
                return;
            }
            if n < cand.len() {
                cand[n] = r;
                n += 1;
            } else {
                overflow.push(r);
            }
        };
        for &r in &self.always {
            add(r);
        }
        for &(_, k) in found {
            for &r in &self.kw_rules[k as usize] {
                add(r);
            }
        }
        if n == 0 {
            return;
        }
        // Rules run in id order (the order of their findings); the common case allocates nothing.
        let all: &mut [u16] = if overflow.is_empty() {
            &mut cand[..n]
        } else {
            overflow.extend_from_slice(&cand[..n]);
            &mut overflow
        };
        all.sort_unstable();
        let first = hits.len();
        for &mut r in all {
            match self.rules[r as usize].led() {
                Some(re) => self.run_led(r as usize, re, text, found, hits),
                None => self.run_rule(r as usize, text, hits),
            }
        }
        // A secret-shaped value that stands in for one (a documented example key, a fill, a
        // template) is no secret, whatever rule matched it: one judgement for every rule.
        if judge
            && hits[first..]
                .iter()
                .any(|h| self.rules[h.rule].category == Category::Secret)
        {
            let mut i = first;
            while i < hits.len() {
                if self.rules[hits[i].rule].category == Category::Secret && is_stand_in(&hits[i].value) {
                    hits.remove(i);
                } else {
                    i += 1;
                }
            }
        }
        // Two secret rules on one span: a service's rule reports it rather than a rule that
        // judged it by its name (`api_key=...`) or its place in a URL, and of two of those the
        // first in id order.
        let generic = |r: usize| matches!(self.rules[r].check, Check::Assignment(_) | Check::UrlCredentials(_));
        let mut i = first;
        while i < hits.len() {
            let h = &hits[i];
            let dup = self.rules[h.rule].category == Category::Secret
                && generic(h.rule)
                && hits[first..].iter().enumerate().any(|(j, o)| {
                    first + j != i
                        && o.start <= h.start
                        && o.end >= h.end
                        && self.rules[o.rule].category == Category::Secret
                        && (!generic(o.rule) || first + j < i)
                });
            if dup {
                hits.remove(i);
            } else {
                i += 1;
            }
        }
        // A password inside a connection string is reported with the connection string, not
        // again as a generic assignment.
        if !hits[first..].iter().any(|h| h.conn.is_some()) {
            return;
        }
        let conns: Vec<(usize, usize)> = hits[first..]
            .iter()
            .filter(|h| h.conn.is_some() && self.rules[h.rule].category == Category::ConnectionString)
            .map(|h| (h.start, h.end))
            .collect();
        if !conns.is_empty() {
            let mut i = first;
            while i < hits.len() {
                let h = &hits[i];
                let generic = matches!(
                    self.rules[h.rule].check,
                    Check::Assignment(_) | Check::UrlCredentials(_)
                );
                if generic && conns.iter().any(|&(s, e)| h.start >= s && h.end <= e) {
                    hits.remove(i);
                } else {
                    i += 1;
                }
            }
        }
    }

    /// A keyword-led rule: one anchored search at each of its keyword occurrences (no scan of
    /// the whole value, no reverse search for the start), non-overlapping like `find_iter`.
    fn run_led(&self, r: usize, re: &Led, text: &[u8], found: &[(usize, u16)], hits: &mut Vec<Hit>) {
        let mut end = 0;
        for &(at, k) in found {
            if at < end || !self.kw_rules[k as usize].contains(&(r as u16)) {
                continue;
            }
            if let Some(e) = re.end_at(text, at) {
                end = e;
                hits.push(Hit {
                    rule: r,
                    start: at,
                    end: e,
                    value: text[at..e].to_vec(),
                    conn: None,
                });
            }
        }
    }

    fn run_rule(&self, r: usize, text: &[u8], hits: &mut Vec<Hit>) {
        let rule = &self.rules[r];
        if needs_byte(rule.check).is_some_and(|b| memchr::memchr(b, text).is_none()) {
            return;
        }
        if rule.whole && rule.check == Check::Pattern {
            for m in rule.regex().find_iter(text) {
                hits.push(Hit {
                    rule: r,
                    start: m.start(),
                    end: m.end(),
                    value: m.as_bytes().to_vec(),
                    conn: None,
                });
            }
            return;
        }
        for caps in rule.regex().captures_iter(text) {
            let Some(m) = caps.name("v").or_else(|| caps.name("w")).or_else(|| caps.get(0)) else {
                continue;
            };
            let v = m.as_bytes();
            let mut conn = None;
            let mut keyed = Vec::new();
            let ok = match rule.check {
                Check::Pattern => true,
                Check::Assignment(min) => {
                    // Every assignment rule captures its name (tested).
                    let name = caps.name("n").map_or(&b""[..], |n| n.as_bytes());
                    super::named::names_a_secret(name) && super::named::judge(name, v, min).is_some()
                }
                Check::Entropy(min) | Check::UrlCredentials(min) => {
                    shannon(v) * 10.0 >= min as f64 && !is_placeholder(v) && looks_random(v)
                }
                Check::Jwt => is_jwt(v),
                Check::KeyBody => match key_body(&text[m.end()..]) {
                    // The value is the BEGIN line and the key's first characters, so that
                    // two keys are two findings, and one key twice is one.
                    Some(body) => {
                        keyed = [v, b" ", &body[..]].concat();
                        true
                    }
                    None => false,
                },
                Check::Connection(form) => {
                    conn = std::str::from_utf8(v)
                        .ok()
                        .and_then(|s| parse_conn(form, s))
                        .filter(|c| !c.hosts.is_empty() || c.password.is_some());
                    conn.is_some()
                }
            };
            if ok {
                hits.push(Hit {
                    rule: r,
                    start: m.start(),
                    end: m.end(),
                    value: if keyed.is_empty() { v.to_vec() } else { keyed },
                    conn,
                });
            }
        }
    }
}

/// Does every match of `pattern` begin with one of `keywords` (ASCII case-insensitively)? True
/// when the pattern's prefix literals (from `regex-syntax`'s extractor) are a finite set and
/// each starts with a keyword.
fn keyword_led(pattern: &str, keywords: &[&str]) -> bool {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let Ok(hir) = regex_syntax::parse(pattern) else {
        return false;
    };
    let seq = Extractor::new().kind(ExtractKind::Prefix).extract(&hir);
    let Some(lits) = seq.literals() else {
        return false;
    };
    !lits.is_empty()
        && lits.iter().all(|l| {
            let l = l.as_bytes().to_ascii_lowercase();
            keywords
                .iter()
                .any(|k| !k.is_empty() && l.starts_with(k.to_ascii_lowercase().as_bytes()))
        })
}

/// Is the pattern one `(?P<v>...)` group and nothing else?
fn whole_match(p: &str) -> bool {
    let Some(inner) = p.strip_prefix("(?P<v>").and_then(|r| r.strip_suffix(')')) else {
        return false;
    };
    // The group must close only at the very end: track depth over unescaped parentheses.
    let mut depth = 1i32;
    let b = inner.as_bytes();
    let mut i = 0;
    let mut in_class = false;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'[' if !in_class => in_class = true,
            b']' if in_class => in_class = false,
            b'(' if !in_class => depth += 1,
            b')' if !in_class => {
                depth -= 1;
                if depth == 0 {
                    return false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    true
}

/// A byte a rule's value must contain: URLs are everywhere in real data, and credentials in
/// one need an `@`.
fn needs_byte(check: Check) -> Option<u8> {
    matches!(check, Check::UrlCredentials(_)).then_some(b'@')
}

/// Shannon entropy in bits per byte.
pub fn shannon(v: &[u8]) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    for &b in v {
        counts[b as usize] += 1;
    }
    let n = v.len() as f64;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = c as f64 / n;
            -p * p.log2()
        })
        .sum()
}

/// A secret mixes character classes: identifiers and words (`bearer_token`, `enabled`) do not.
pub fn looks_random(v: &[u8]) -> bool {
    let lower = v.iter().any(u8::is_ascii_lowercase);
    let upper = v.iter().any(u8::is_ascii_uppercase);
    let digit = v.iter().any(u8::is_ascii_digit);
    let other = v.iter().any(|b| !b.is_ascii_alphanumeric() && !b"_-.".contains(b));
    let classes = [lower, upper, digit, other].iter().filter(|x| **x).count();
    classes >= 3 || (classes == 2 && (digit || other) && v.len() >= 12)
}

/// A token-shaped value that stands in for a real one: a documented example (AWS's
/// `AKIAIOSFODNN7EXAMPLE`, `...EXAMPLEKEY`), a template (`${VAR}`, `{{var}}`, `<YOUR_KEY>`,
/// `%s`), or a fill after the service's prefix (`ghp_xxxx…`, `AKIAXXXX…`, `glpat-****…`,
/// `hf_0000…`): at least 60% of the body one of `x X * # 0 .`, or one character repeated.
/// A random token's most common character is a few percent of it.
pub fn is_stand_in(v: &[u8]) -> bool {
    // Keys the services publish in their own documentation (research/secrets/README.md).
    const DOCUMENTED: &[&[u8]] = &[
        b"4eC39HqLyjWDarjtT1zdp7dc",                            // Stripe docs sk_test_
        b"TYooMQauvdEDq54NiTphI7jx",                            // Stripe docs pk_test_
        b"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2", // Azurite account key
        b"ABC-DEF1234ghIkl-zyx57W2v1u123ew11",                  // Telegram bot docs
        b"cf0e05d9-4eca-4948-a012-b91fe9704bab",                // Heroku docs
        b"SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",         // jwt.io sample signature
    ];
    if DOCUMENTED.iter().any(|d| memchr::memmem::find(v, d).is_some()) {
        return true;
    }
    // A run of the alphabet or of digits (`abcdefghijklmnop…`, `12345678`): typed, not drawn.
    if v.windows(8).any(|w| {
        w.windows(2)
            .all(|p| p[1] == p[0].wrapping_add(1) && p[0].is_ascii_alphanumeric())
    }) {
        return true;
    }
    let lower = String::from_utf8_lossy(v).to_ascii_lowercase();
    // `%s` as a directive: at the end or before a separator (`Bearer %s`, `%s:%s`), not the
    // start of a drawn password (`%so1O79Ne2!`).
    let directive = lower
        .match_indices("%s")
        .any(|(i, _)| lower.as_bytes().get(i + 2).is_none_or(|c| !c.is_ascii_alphanumeric()));
    if directive
        || [
            "example",
            "${",
            "{{",
            "your_",
            // WordPress's wp-config.php as shipped.
            "put your unique phrase here",
            "your-",
            "changeme",
            "redacted",
            "placeholder",
        ]
        .iter()
        .any(|p| lower.contains(p))
        || (lower.contains('<') && lower.contains('>'))
    {
        return true;
    }
    // The body: after the last `_` or `-` of the first 12 bytes (the prefix), or after a
    // 4-letter upper-case prefix such as AKIA.
    let head = &v[..v.len().min(12)];
    let body = match head.iter().rposition(|b| *b == b'_' || *b == b'-') {
        Some(i) => &v[i + 1..],
        None if v.len() > 8 && v[..4].iter().all(u8::is_ascii_uppercase) => &v[4..],
        None => v,
    };
    if body.len() < 8 {
        return false;
    }
    let mut counts = [0usize; 256];
    for &b in body {
        counts[b as usize] += 1;
    }
    let (top, n) = counts
        .iter()
        .enumerate()
        .max_by_key(|(_, n)| **n)
        .map(|(b, n)| (b as u8, *n))
        .unwrap_or((0, 0));
    n == body.len() || (n * 10 >= body.len() * 6 && b"xX*#0.".contains(&top))
}

/// `%s`, `%(password)s`, `%1$s`, `%{PASSWORD}`, `%DB_PASSWORD%`: where a program puts the
/// value, not a value (which may start with `%` too: `%so1O79Ne2!-di*d`).
fn is_format_slot(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('%') else {
        return false;
    };
    let word = |x: &str| !x.is_empty() && x.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_');
    rest.len() <= 2
        || (rest.starts_with('(') && rest.contains(')'))
        || rest.starts_with('{')
        || rest.strip_suffix('%').is_some_and(word)
        || rest
            .split_once('$')
            .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()))
        || !s
            .replace("%s", "")
            .replace("%d", "")
            .bytes()
            .any(|c| c.is_ascii_alphanumeric())
}

/// Values that stand in for a secret rather than being one.
pub fn is_placeholder(v: &[u8]) -> bool {
    let s = String::from_utf8_lossy(v).to_ascii_lowercase();
    let first = v.first().copied().unwrap_or(0);
    // `$CI_BUILD_NAME`, `$DB_PASSWORD`: a variable the value is read from, unexpanded.
    let variable = v.len() >= 3
        && first == b'$'
        && v[1].is_ascii_alphabetic()
        && v[1..].iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_');
    variable
        || is_path(v)
        || v.iter().all(|&b| b == first)
        || s.starts_with("${")
        || s.starts_with("{{")
        || s.starts_with('<')
        || is_format_slot(&s)
        || s.starts_with("$(")
        || s.contains("*****")
        || s.contains("xxxx")
        || [
            "changeme",
            "password",
            "example",
            "redacted",
            "placeholder",
            "your_",
            "dummy",
            "notasecret",
            "secret123",
            "undefined",
            "null",
            "none",
            "true",
            "false",
        ]
        .iter()
        .any(|p| s.contains(p))
}

/// A file's path (`C:\\Users\\…`, `\\\\server\\share`, `/home/…`, `~/…`): where a key is kept, not the
/// key.
fn is_path(v: &[u8]) -> bool {
    let drive = v.len() > 3 && v[0].is_ascii_alphabetic() && v[1] == b':' && (v[2] == b'\\' || v[2] == b'/');
    const ROOTS: &[&[u8]] = &[
        b"/home/", b"/usr/", b"/var/", b"/etc/", b"/opt/", b"/tmp/", b"/srv/", b"/mnt/", b"/root/", b"/Users/",
        b"/app/", b"/data/", b"~/", b"./", b"../", b"\\\\",
    ];
    drive || ROOTS.iter().any(|r| v.starts_with(r))
}

fn b64url_decode(s: &[u8]) -> Option<Vec<u8>> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for &c in s.iter().take_while(|&&c| c != b'=') {
        acc = (acc << 6) | val(c)?;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

fn is_jwt(v: &[u8]) -> bool {
    let header = v.split(|&b| b == b'.').next().unwrap_or(b"");
    b64url_decode(header)
        .and_then(|h| serde_json::from_slice::<serde_json::Value>(&h).ok())
        .is_some_and(|j| j.get("alg").is_some())
}

/// After a private-key header (`after` follows it): the first 40 base64 characters of the key
/// body, across newlines that may be real, COPY-escaped (`\n`) or JSON-escaped; `None` if the
/// body ends before it has that many.
fn key_body(after: &[u8]) -> Option<[u8; 40]> {
    let mut body = [0u8; 40];
    let mut n = 0;
    let mut i = 0;
    let lim = after.len().min(400);
    while i < lim {
        let b = after[i];
        if b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'=' {
            body[n] = b;
            n += 1;
            if n >= 40 {
                return Some(body);
            }
        } else if b == b'\\' && after.get(i + 1).is_some_and(|c| *c == b'n' || *c == b'r') {
            i += 1;
        } else if n > 0 && !(b == b'\n' || b == b'\r' || b == b' ' || b == b':') {
            // the body ended (or an END line began) before 40 characters
            return None;
        }
        i += 1;
    }
    None
}

/// The bytes of a bytea field as written in a dump (`\\x...` in COPY text, `\x...` in a
/// literal), decoded into `out` (cleared first); false if it is not hex bytea. Runs over every
/// bytea value of a dump: a table lookup per digit, no allocation once `out` has grown.
pub fn bytea_field_into(raw: &[u8], out: &mut Vec<u8>) -> bool {
    static NIB: [u8; 256] = {
        let mut t = [0xffu8; 256];
        let mut i = 0;
        while i < 10 {
            t[b'0' as usize + i] = i as u8;
            i += 1;
        }
        let mut i = 0;
        while i < 6 {
            t[b'a' as usize + i] = 10 + i as u8;
            t[b'A' as usize + i] = 10 + i as u8;
            i += 1;
        }
        t
    };
    out.clear();
    let Some(h) = raw.strip_prefix(b"\\\\x").or_else(|| raw.strip_prefix(b"\\x")) else {
        return false;
    };
    if h.len() % 2 != 0 || h.len() < 20 {
        return false;
    }
    out.resize(h.len() / 2, 0);
    let mut bad = 0u8;
    for (o, p) in out.iter_mut().zip(h.chunks_exact(2)) {
        let (a, b) = (NIB[p[0] as usize], NIB[p[1] as usize]);
        // An invalid digit has its high bit set: checked once at the end, no branch per byte.
        bad |= a | b;
        *o = a << 4 | (b & 0x0f);
    }
    bad & 0x80 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Built-in rules are compiled on first use, so every pattern must compile: checked here.
    #[test]
    fn every_built_in_pattern_compiles() {
        for r in RULES.iter() {
            if let Err(e) = Regex::new(r.pattern) {
                panic!("rule {}: {e}", r.id);
            }
        }
        let e = Engine::new(&[], true).unwrap();
        assert!(
            e.rules.iter().all(|r| r.regex.get().is_none()),
            "nothing is built before it is needed"
        );
        let bad = CustomRule {
            id: "bad".into(),
            description: None,
            regex: "(".into(),
            keywords: vec![],
            severity: "high".into(),
            category: "secret".into(),
        };
        assert!(Engine::new(&[bad], false).is_err_and(|e| e.to_string().starts_with("rule bad:")));
    }

    /// The anchored path finds exactly what a search over the whole value finds.
    #[test]
    fn keyword_led_rules_match_like_a_full_search() {
        let e = Engine::new(&[], true).unwrap();
        let led: Vec<&str> = e
            .rules
            .iter()
            .filter(|r| r.led().is_some())
            .map(|r| r.id.as_str())
            .collect();
        for id in ["bcrypt-hash", "crypt-hash", "postgres-scram-verifier"] {
            assert!(led.contains(&id), "{id} should be keyword-led: {led:?}");
        }
        for id in ["generic-secret-assignment", "postgres-uri", "mailchimp-api-key", "jwt"] {
            assert!(!led.contains(&id), "{id} is not keyword-led");
        }
        let runs = |id: &str| {
            matches!(
                e.rules.iter().find(|r| r.id == id).and_then(|r| r.led()),
                Some(Led::Runs(_))
            )
        };
        assert!(runs("bcrypt-hash") && runs("postgres-scram-verifier"));
        assert!(!runs("crypt-hash"), "an alternation is no sequence of runs");
        for (i, r) in e.rules.iter().enumerate() {
            let Some(re) = r.led() else { continue };
            let rule = RULES.iter().find(|x| x.id == r.id).unwrap();
            for ex in rule.examples.iter().chain(rule.counter_examples) {
                for text in [ex.to_string(), format!("x {ex} {ex}"), format!("{ex}{ex}")] {
                    let (mut a, mut b) = (Vec::new(), Vec::new());
                    let mut found = Vec::new();
                    e.keywords.find_all(text.as_bytes(), &mut found);
                    e.run_led(i, re, text.as_bytes(), &found, &mut a);
                    e.run_rule(i, text.as_bytes(), &mut b);
                    let spans = |h: &[Hit]| h.iter().map(|h| (h.start, h.end)).collect::<Vec<_>>();
                    assert_eq!(spans(&a), spans(&b), "{}: {text:?}", r.id);
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// The anchored DFA finds what the rule's regex finds, on rule examples cut, spliced
        /// and with bytes changed.
        #[test]
        fn keyword_led_dfa_matches_the_regex(
            pick in proptest::collection::vec((0usize..64, 0usize..100, 0usize..100), 1..4),
            edits in proptest::collection::vec((0usize..200, proptest::sample::select(b"$2b9aZ:=+/. \xff\xc3".to_vec())), 0..4),
        ) {
            let e = engine();
            let led: Vec<usize> = (0..e.rules.len()).filter(|&i| e.rules[i].led().is_some()).collect();
            let examples: Vec<&str> = led
                .iter()
                .flat_map(|&i| {
                    let rule = RULES.iter().find(|x| x.id == e.rules[i].id).unwrap();
                    rule.examples.iter().chain(rule.counter_examples).copied()
                })
                .collect();
            let mut text = Vec::new();
            for (k, a, b) in pick {
                let ex = examples[k % examples.len()].as_bytes();
                let (a, b) = (a.min(ex.len()), b.min(ex.len()));
                text.extend_from_slice(&ex[a.min(b)..]);
                text.extend_from_slice(&ex[..a.max(b)]);
            }
            for (at, byte) in edits {
                if !text.is_empty() {
                    let n = text.len();
                    text[at % n] = byte;
                }
            }
            let mut found = Vec::new();
            e.keywords.find_all(&text, &mut found);
            for &i in &led {
                let (mut a, mut b) = (Vec::new(), Vec::new());
                e.run_led(i, e.rules[i].led().unwrap(), &text, &found, &mut a);
                e.run_rule(i, &text, &mut b);
                let spans = |h: &[Hit]| h.iter().map(|h| (h.start, h.end)).collect::<Vec<_>>();
                proptest::prop_assert_eq!(spans(&a), spans(&b), "{}: {:?}", e.rules[i].id, String::from_utf8_lossy(&text));
            }
        }
    }

    /// Which patterns are runs: only where greedy runs give the leftmost-first match.
    #[test]
    fn class_runs_takes_only_sequences_greedy_can_match() {
        for p in [
            r"(?P<v>\$2[abxy]\$[0-9]{2}\$[./A-Za-z0-9]{53})",
            "ab+c",
            "[a-z]+:[0-9]*",
            "x{2,5}",
        ] {
            assert!(class_runs(p).is_some(), "{p}");
        }
        // \d is Unicode; `a+a` and `a*b*` need backtracking or an empty next run; alternation,
        // laziness and look-around are not runs.
        for p in [r"\d{2}", "a+a", "[ab]+b", "a*b*", "ab|cd", "a+?", r"\bx", r"\w"] {
            assert!(class_runs(p).is_none(), "{p}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// A pattern taken as runs ends its anchored matches where the regex does.
        #[test]
        fn class_runs_match_like_the_regex(
            parts in proptest::collection::vec(
                proptest::sample::select(vec!["a", "b", "[ab]", "[0-9]", "[a-z]", "$", "a{2}", "[0-9]{1,3}", "b+", "[a-c]*", "[xy]{2,}", "z?"]),
                1..6,
            ),
            text in proptest::collection::vec(proptest::sample::select(b"ab019xyz$c".to_vec()), 0..16),
        ) {
            let p = parts.concat();
            if let Some(runs) = class_runs(&p) {
                let led = Led::Runs(runs.into());
                let re = Regex::new(&format!("^(?:{p})")).unwrap();
                for at in 0..=text.len() {
                    let want = re.find(&text[at..]).map(|m| at + m.end());
                    proptest::prop_assert_eq!(led.end_at(&text, at), want, "{} at {} of {:?}", p, at, String::from_utf8_lossy(&text));
                }
            }
        }
    }

    fn engine() -> &'static Engine {
        static E: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
        E.get_or_init(|| Engine::new(&[], true).unwrap())
    }

    /// Every secret family that searches on its own (`families.jsonl`): its positives are found
    /// in free text, its negatives and the documented examples the placeholder filter knows
    /// are not. (Every family's examples under a name: `detect::named`'s tests.)
    #[test]
    fn every_family_example() {
        let e = Engine::with_families(&[], false, true).unwrap();
        let mut failures = Vec::new();
        for f in crate::rules::families::rules() {
            let idx = e.rules.iter().position(|c| c.id == f.id).unwrap();
            let found = |text: String| {
                let mut hits = Vec::new();
                e.scan(text.as_bytes(), &mut hits);
                hits.iter().any(|h| h.rule == idx)
            };
            let places = |v: &str| vec![format!("see {v} here"), v.to_string()];
            for ex in &f.positive_examples {
                for text in places(ex) {
                    if !found(text.clone()) {
                        failures.push(format!("{}: should find {text:?}", f.id));
                    }
                }
            }
            for ex in f.negative_examples.iter().chain(&f.suppressed_examples) {
                for text in places(ex) {
                    if found(text.clone()) {
                        failures.push(format!("{}: should not find {text:?}", f.id));
                    }
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    /// Every rule's examples: each positive is found by that rule, no negative is.
    #[test]
    fn every_rule_example() {
        let e = Engine::new(&[], true).unwrap();
        for (i, r) in RULES.iter().enumerate() {
            assert!(
                !r.examples.is_empty() && !r.counter_examples.is_empty(),
                "{} needs examples both ways",
                r.id
            );
            let idx = e.rules.iter().position(|c| c.id == r.id).unwrap();
            assert_eq!(idx, i);
            if matches!(r.check, Check::Assignment(_)) {
                assert!(r.pattern.contains("(?P<n>"), "{}: an assignment names its name", r.id);
            }
            for ex in r.examples {
                let mut hits = Vec::new();
                e.scan(ex.as_bytes(), &mut hits);
                assert!(hits.iter().any(|h| h.rule == idx), "{}: should match {ex:?}", r.id);
            }
            for ex in r.counter_examples {
                let mut hits = Vec::new();
                e.scan(ex.as_bytes(), &mut hits);
                assert!(!hits.iter().any(|h| h.rule == idx), "{}: should not match {ex:?}", r.id);
            }
            for kw in r.keywords {
                assert!(
                    r.examples
                        .iter()
                        .any(|ex| ex.to_ascii_lowercase().contains(&kw.to_ascii_lowercase()))
                        || r.keywords.len() > 1,
                    "{}: keyword {kw} in no example",
                    r.id
                );
            }
        }
    }

    #[test]
    fn ids_are_unique_and_count_families() {
        let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len());
        assert!(RULES.iter().filter(|r| r.category == Category::Secret).count() >= 60 - 15);
    }

    #[test]
    fn custom_rules_and_bad_ones() {
        let c = CustomRule {
            id: "acme".into(),
            description: None,
            regex: "acme_[a-z0-9]{8}".into(),
            keywords: vec!["acme_".into()],
            severity: "high".into(),
            category: "secret".into(),
        };
        let e = Engine::new(std::slice::from_ref(&c), false).unwrap();
        let mut hits = Vec::new();
        e.scan(b"token acme_93815274", &mut hits);
        assert_eq!(e.rules[hits[0].rule].id, "acme");
        let bad = CustomRule {
            regex: "(".into(),
            ..c.clone()
        };
        assert!(Engine::new(&[bad], false).is_err());
        let bad = CustomRule {
            severity: "huge".into(),
            ..c.clone()
        };
        assert!(matches!(Engine::new(&[bad], false), Err(RuleError::Severity { .. })));
        let bad = CustomRule {
            keywords: vec![String::new()],
            ..c
        };
        assert!(matches!(
            Engine::new(&[bad], false),
            Err(RuleError::EmptyKeyword { .. })
        ));
    }

    #[test]
    fn bytea_fields_decode_as_written() {
        let mut out = Vec::new();
        assert!(bytea_field_into(b"\\\\x414b4941414141414141414141", &mut out) && out == b"AKIAAAAAAAAAA");
        assert!(bytea_field_into(b"\\x414B4941414141414141414141", &mut out) && out == b"AKIAAAAAAAAAA");
        assert!(!bytea_field_into(b"\\x414b49414141414141414141zz", &mut out));
        assert!(!bytea_field_into(b"\\x414", &mut out) && !bytea_field_into(b"plain text here, long", &mut out));
    }

    #[test]
    fn private_key_in_bytea_hex() {
        let pem =
            b"-----BEGIN RSA PRIVATE KEY-----\n0saEGWEzolegZP4O6a88RWEWTiYIPjCHH8S9CsiUAvUEwt6wfPWU2p0tGWnUTM5l\n";
        let hex: String = pem.iter().map(|b| format!("{b:02x}")).collect();
        let mut bin = Vec::new();
        assert!(bytea_field_into(format!("\\x{hex}").as_bytes(), &mut bin));
        assert_eq!(bin, pem);
        let e = Engine::new(&[], false).unwrap();
        let mut hits = Vec::new();
        e.scan(&bin, &mut hits);
        assert_eq!(e.rules[hits[0].rule].id, "private-key");
    }

    #[test]
    fn whole_match_patterns() {
        assert!(whole_match(r"(?P<v>\$2[abxy]\$\d{2}\$[./A-Za-z0-9]{53})"));
        assert!(!whole_match(r"(?P<v>a)b"));
        assert!(!whole_match(r"(?P<v>a)|(?P<w>b)"));
        assert!(!whole_match(r"\b(?P<v>x)\b"));
        assert!(whole_match(r"(?P<v>[)(]x(y))"));
    }

    #[test]
    fn entropy_and_placeholders() {
        assert!(shannon(b"aaaaaaaa") < 0.1);
        assert!(shannon(b"J2bNl#oCH3VDgnuq") > 3.5);
        assert!(is_placeholder(b"${DB_PASSWORD}"));
        for stand_in in [
            &b"AKIAIOSFODNN7EXAMPLE"[..],
            b"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            b"AKIAXXXXXXXXXXXXXXXX",
            b"ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            b"glpat-XXXXXXXXXXXXXXXXXXXX",
            b"hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            b"sk_live_0000000000000000000000000",
            b"xoxb-<YOUR-TOKEN>",
            b"sk-${OPENAI_API_KEY}",
            b"sk_test_4eC39HqLyjWDarjtT1zdp7dc",
            b"ghp_abcdefghijklmnopqrstuvwxyz0123456789",
            b"xoxb-123456789012-1234567890123-abcdefghijklmnopqrstuvwx",
        ] {
            assert!(is_stand_in(stand_in), "{}", String::from_utf8_lossy(stand_in));
        }
        for real in [
            &b"AKIAUJZDEGXDNCF32EPF"[..],
            b"ghp_Rk2vQ9xLm4TzW7bN1cJ8fHs3pYd6gU0aEo5i",
            b"glpat-9f3XkQ2rT7vLm8NpB4sW",
            b"sk_live_Xq81VbT2mZ7cK4pL9sWd3fHy",
            b"xoxb-482910375618-2093847561029-Kq7vLm2xR9tZ4bW8nC1fJ3sH",
        ] {
            assert!(!is_stand_in(real), "{}", String::from_utf8_lossy(real));
        }
        assert!(is_placeholder(b"********"));
        assert!(!is_placeholder(b"J2bNl#oCH3VDgnuq"));
        // Format slots are placeholders; a password that starts with `%` is not.
        for slot in ["%s", "%(password)s", "%1$s", "%{PASSWORD}", "%DB_PASSWORD%", "%s:%s"] {
            assert!(is_placeholder(slot.as_bytes()), "{slot}");
        }
        assert!(is_stand_in(b"Bearer %s"));
        assert!(!is_placeholder(b"%so1O79Ne2!-di*d"));
        assert!(!is_stand_in(b"%so1O79Ne2!-di*d"));
    }
}
