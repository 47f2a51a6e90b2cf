//! Connection strings and the host policy: which hosts a connection string or URL names, whether
//! it carries a password, and whether a host is allowed, deny-listed, or private/internal.

use crate::rules::patterns::Form;
use std::net::IpAddr;

/// What a connection string says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Conn {
    pub hosts: Vec<String>,
    pub user: Option<String>,
    pub password: Option<String>,
    /// The string with its password replaced by `****`.
    pub redacted: String,
}

fn pct_decode(s: &str) -> String {
    let b = s.as_bytes();
    let hex = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        // Work on bytes: a `%` may be followed by any UTF-8, not only hex digits.
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push(h << 4 | l);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn strip_port(hostport: &str) -> String {
    let h = hostport.trim();
    if let Some(rest) = h.strip_prefix('[') {
        return rest.split(']').next().unwrap_or("").to_string();
    }
    let h = h.strip_prefix("tcp:").unwrap_or(h);
    let h = h.split(',').next().unwrap_or(h);
    let h = h.split('\\').next().unwrap_or(h);
    match h.matches(':').count() {
        1 => h.split(':').next().unwrap_or(h).to_string(),
        _ => h.to_string(),
    }
}

fn query_params(q: &str, c: &mut Conn) {
    for kv in q.split(['&', ';']) {
        let mut it = kv.splitn(2, '=');
        let k = it.next().unwrap_or("").to_ascii_lowercase();
        let v = pct_decode(it.next().unwrap_or(""));
        match k.as_str() {
            "password" | "pwd" | "pass" => c.password = Some(v),
            "user" | "username" | "uid" => c.user = Some(v),
            "host" | "hostaddr" | "server" if !v.is_empty() => c.hosts.push(strip_port(&v)),
            _ => {}
        }
    }
}

/// `scheme://[user[:password]@]host[:port][,host2...][/path][?query]` (also JDBC's
/// `jdbc:sub://...` and `;k=v` parameters).
pub fn parse_uri(s: &str) -> Option<Conn> {
    let (_, rest) = s.split_once("://")?;
    let mut c = Conn::default();
    let mut raw_pw = None;
    let end = rest.find(['/', '?', ';']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let hostpart = match authority.rsplit_once('@') {
        Some((userinfo, h)) => {
            let (u, p) = match userinfo.split_once(':') {
                Some((u, p)) => (u, Some(p)),
                None => (userinfo, None),
            };
            if !u.is_empty() {
                c.user = Some(pct_decode(u));
            }
            if let Some(p) = p.filter(|p| !p.is_empty()) {
                c.password = Some(pct_decode(p));
                raw_pw = Some(p);
            }
            h
        }
        None => authority,
    };
    for h in hostpart.split(',') {
        let h = strip_port(h);
        if !h.is_empty() {
            c.hosts.push(h);
        }
    }
    if let Some(q) = tail.find(['?', ';']).map(|p| &tail[p + 1..]) {
        query_params(q, &mut c);
    }
    c.redacted = redact_password(s, raw_pw.or(c.password.as_deref()));
    Some(c)
}

/// JDBC URLs, including Oracle's `jdbc:oracle:thin:@host:port:sid` and `@//host/service`.
pub fn parse_jdbc(s: &str) -> Option<Conn> {
    if let Some(p) = s.find(":@") {
        let rest = s[p + 2..].trim_start_matches("//");
        let host = rest.split([':', '/', '?']).next().unwrap_or("");
        let mut c = Conn {
            hosts: vec![host.to_string()],
            ..Default::default()
        };
        if let Some(q) = s.find('?') {
            query_params(&s[q + 1..], &mut c);
        }
        c.redacted = redact_password(s, c.password.as_deref());
        return Some(c);
    }
    parse_uri(s)
}

/// libpq `key=value` strings (values may be single-quoted with `\'` escapes), and the
/// semicolon-separated ADO.NET/ODBC form.
pub fn parse_kv(s: &str) -> Option<Conn> {
    let mut c = Conn::default();
    let b = s.as_bytes();
    let semicolons = s.contains(';');
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b';') {
            i += 1;
        }
        let k0 = i;
        while i < b.len() && b[i] != b'=' && !(b[i] == b';' && semicolons) {
            i += 1;
        }
        if i >= b.len() || b[i] != b'=' {
            break;
        }
        let key = s[k0..i].trim().to_ascii_lowercase();
        i += 1;
        while i < b.len() && b[i] == b' ' {
            i += 1;
        }
        let mut val = String::new();
        if i < b.len() && b[i] == b'\'' {
            i += 1;
            while i < b.len() && b[i] != b'\'' {
                if b[i] == b'\\' && i + 1 < b.len() {
                    i += 1;
                }
                val.push(b[i] as char);
                i += 1;
            }
            i += 1;
        } else {
            let v0 = i;
            while i < b.len()
                && !(if semicolons {
                    b[i] == b';'
                } else {
                    b[i].is_ascii_whitespace()
                })
            {
                i += 1;
            }
            val = s[v0..i].trim().to_string();
        }
        match key.as_str() {
            // ADO.NET writes `Server=tcp:host,port`; libpq lists several hosts with commas.
            "server" | "data source" | "address" | "addr" | "network address" => {
                let h = strip_port(&val);
                if !h.is_empty() {
                    c.hosts.push(h);
                }
            }
            "host" | "hostaddr" => {
                for h in val.split(',') {
                    let h = strip_port(h);
                    if !h.is_empty() && !h.starts_with('/') {
                        c.hosts.push(h);
                    }
                }
            }
            "password" | "pwd" if !val.is_empty() => c.password = Some(val),
            "user" | "user id" | "uid" | "username" => c.user = Some(val),
            _ => {}
        }
    }
    c.redacted = redact_password(s, c.password.as_deref());
    Some(c)
}

/// `.pgpass`: `host:port:database:user:password`.
pub fn parse_pgpass(s: &str) -> Option<Conn> {
    let parts: Vec<&str> = s.splitn(5, ':').collect();
    if parts.len() != 5 {
        return None;
    }
    Some(Conn {
        hosts: vec![parts[0].to_string()],
        user: Some(parts[3].to_string()),
        password: Some(parts[4].to_string()),
        redacted: format!("{}:{}:{}:{}:****", parts[0], parts[1], parts[2], parts[3]),
    })
}

/// Parses what a connection rule matched, by its shape.
pub fn parse_conn(form: Form, s: &str) -> Option<Conn> {
    match form {
        Form::Jdbc => parse_jdbc(s),
        Form::KeyValue => parse_kv(s),
        Form::Pgpass => parse_pgpass(s),
        Form::Uri | Form::UrlHost => parse_uri(s),
    }
}

fn redact_password(s: &str, pw: Option<&str>) -> String {
    match pw {
        Some(p) if !p.is_empty() => s.replace(p, "****"),
        _ => s.to_string(),
    }
}

/// A host pattern: a glob over names (`*.corp.example`, `db?.prod`) or a CIDR (`10.0.0.0/8`).
#[derive(Debug, Clone)]
pub enum HostPattern {
    Glob(String),
    Cidr(IpAddr, u8),
}

impl HostPattern {
    pub fn parse(p: &str) -> HostPattern {
        if let Some((ip, bits)) = p.split_once('/') {
            if let (Ok(ip), Ok(bits)) = (ip.parse::<IpAddr>(), bits.parse::<u8>()) {
                return HostPattern::Cidr(ip, bits);
            }
        }
        if let Ok(ip) = p.parse::<IpAddr>() {
            return HostPattern::Cidr(ip, if ip.is_ipv4() { 32 } else { 128 });
        }
        HostPattern::Glob(p.to_ascii_lowercase())
    }

    pub fn matches(&self, host: &str) -> bool {
        match self {
            HostPattern::Glob(g) => glob_match(g.as_bytes(), host.to_ascii_lowercase().as_bytes()),
            HostPattern::Cidr(net, bits) => match host.parse::<IpAddr>() {
                Ok(ip) => in_cidr(ip, *net, *bits),
                Err(_) => false,
            },
        }
    }
}

fn glob_match(p: &[u8], s: &[u8]) -> bool {
    match (p.first(), s.first()) {
        (None, None) => true,
        (Some(b'*'), _) => glob_match(&p[1..], s) || (!s.is_empty() && glob_match(p, &s[1..])),
        (Some(b'?'), Some(_)) => glob_match(&p[1..], &s[1..]),
        (Some(a), Some(b)) if a == b => glob_match(&p[1..], &s[1..]),
        _ => false,
    }
}

fn in_cidr(ip: IpAddr, net: IpAddr, bits: u8) -> bool {
    match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(n)) => {
            let bits = bits.min(32) as u32;
            let mask = if bits == 0 { 0 } else { u32::MAX << (32 - bits) };
            u32::from(a) & mask == u32::from(n) & mask
        }
        (IpAddr::V6(a), IpAddr::V6(n)) => {
            let bits = bits.min(128) as u32;
            let mask = if bits == 0 { 0 } else { u128::MAX << (128 - bits) };
            u128::from(a) & mask == u128::from(n) & mask
        }
        _ => false,
    }
}

/// How the policy judges a host.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Matches --deny-host.
    Denied,
    /// Matches --allow-host, or a reserved/documentation name or range.
    Allowed,
    /// A private-range address or an internal-looking name.
    Internal,
    /// Anything else: a public host.
    Public,
}

#[derive(Debug, Clone, Default)]
pub struct HostPolicy {
    pub allow: Vec<HostPattern>,
    pub deny: Vec<HostPattern>,
}

impl HostPolicy {
    /// A policy from allow and deny patterns (globs or CIDRs) as the user wrote them.
    pub fn from_patterns<'p>(
        allow: impl IntoIterator<Item = &'p String>,
        deny: impl IntoIterator<Item = &'p String>,
    ) -> HostPolicy {
        HostPolicy {
            allow: allow.into_iter().map(|p| HostPattern::parse(p)).collect(),
            deny: deny.into_iter().map(|p| HostPattern::parse(p)).collect(),
        }
    }

    pub fn judge(&self, host: &str) -> Verdict {
        let h = host.trim_end_matches('.').to_ascii_lowercase();
        if self.deny.iter().any(|p| p.matches(&h)) {
            return Verdict::Denied;
        }
        if self.allow.iter().any(|p| p.matches(&h)) || is_reserved_host(&h) {
            return Verdict::Allowed;
        }
        if is_internal_host(&h) {
            return Verdict::Internal;
        }
        Verdict::Public
    }
}

/// Names and ranges that never point at a real production host: loopback, RFC 2606/6761
/// names and the documentation address blocks.
pub fn is_reserved_host(h: &str) -> bool {
    if let Some(ip) = ip_literal(h) {
        return match ip {
            IpAddr::V4(v) => {
                let o = v.octets();
                v.is_loopback()
                    || v.is_unspecified()
                    || (o[0] == 192 && o[1] == 0 && o[2] == 2)
                    || (o[0] == 198 && o[1] == 51 && o[2] == 100)
                    || (o[0] == 203 && o[1] == 0 && o[2] == 113)
            }
            IpAddr::V6(v) => {
                v.is_loopback() || v.is_unspecified() || (v.segments()[0] == 0x2001 && v.segments()[1] == 0xdb8)
            }
        };
    }
    let reserved_tld = [".example", ".test", ".invalid", ".localhost"];
    h == "localhost"
        || h.is_empty()
        || h == "*"
        || h.starts_with('/')
        || reserved_tld.iter().any(|t| h.ends_with(t) || h == &t[1..])
        || ["example.com", "example.net", "example.org"].iter().any(|d| {
            // `d` itself or a subdomain of it (checked without building ".d": this runs per
            // email address).
            h.strip_suffix(d)
                .is_some_and(|rest| rest.is_empty() || rest.ends_with('.'))
        })
}

/// `h` as an IP address, when it is one. Only a name starting with a digit or holding a colon
/// can be: the check comes first because this runs for every email address's domain, and the
/// standard parser tried both families on each (2% of a scan of a table of users).
fn ip_literal(h: &str) -> Option<IpAddr> {
    let maybe = h.as_bytes().first().is_some_and(u8::is_ascii_digit) || h.contains(':');
    maybe.then(|| h.parse::<IpAddr>().ok()).flatten()
}

/// Private address ranges and internal-looking names (`*.internal`, `*.local`, `*.lan`,
/// `*.corp`, `*.intranet`, single-label names).
pub fn is_internal_host(h: &str) -> bool {
    if let Some(ip) = ip_literal(h) {
        return match ip {
            IpAddr::V4(v) => {
                v.is_private() || v.is_link_local() || (v.octets()[0] == 100 && (v.octets()[1] & 0xc0) == 64)
            }
            IpAddr::V6(v) => (v.segments()[0] & 0xfe00) == 0xfc00 || (v.segments()[0] & 0xffc0) == 0xfe80,
        };
    }
    [
        ".internal",
        ".local",
        ".lan",
        ".corp",
        ".intranet",
        ".intra",
        ".private",
        ".home.arpa",
    ]
    .iter()
    .any(|t| h.ends_with(t))
        || (!h.contains('.') && !h.is_empty())
}

/// Is `ip` a public (globally routable, non-documentation) address? Used for IP-address PII.
pub fn is_public_ip(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v) => {
            let o = v.octets();
            !(v.is_private()
                || v.is_loopback()
                || v.is_link_local()
                || v.is_broadcast()
                || v.is_unspecified()
                || v.is_multicast()
                || o[0] == 0
                || o[0] >= 240
                || (o[0] == 100 && (o[1] & 0xc0) == 64)
                || is_reserved_host(&v.to_string()))
        }
        // A host is reachable only in today's global unicast space.
        IpAddr::V6(v) => !is_special_v6(v) && (v.segments()[0] & 0xe000) == 0x2000,
    }
}

/// Loopback, unspecified, multicast, unique-local, link-local or documentation space: no
/// one's address.
pub fn is_special_v6(v: std::net::Ipv6Addr) -> bool {
    let s = v.segments();
    v.is_loopback()
        || v.is_unspecified()
        || v.is_multicast()
        || (s[0] & 0xfe00) == 0xfc00
        || (s[0] & 0xffc0) == 0xfe80
        || (s[0] == 0x2001 && s[1] == 0xdb8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ip_literal_is_the_parser_s_answer() {
        for h in [
            "192.0.2.1",
            "::1",
            "2001:db8::1",
            "::ffff:10.0.0.1",
            "10.1",
            "1e100.net",
            "mailbox.org",
            "",
            "[::1]",
            "0",
        ] {
            assert_eq!(ip_literal(h), h.parse::<IpAddr>().ok(), "{h}");
        }
    }

    #[test]
    fn uris() {
        let c = parse_uri("postgres://svc%40x:p%21ss@db1.corp.example.net:5432,db2:5433/app?sslmode=require").unwrap();
        assert_eq!(c.hosts, vec!["db1.corp.example.net", "db2"]);
        assert_eq!(c.user.as_deref(), Some("svc@x"));
        assert_eq!(c.password.as_deref(), Some("p!ss"));
        assert_eq!(
            c.redacted,
            "postgres://svc%40x:****@db1.corp.example.net:5432,db2:5433/app?sslmode=require"
        );
        let c = parse_uri("redis://:secretpw@cache:6379/0").unwrap();
        assert_eq!(c.password.as_deref(), Some("secretpw"));
        assert_eq!(c.hosts, vec!["cache"]);
        let c = parse_uri("postgresql:///db?host=/var/run/postgresql").unwrap();
        assert!(c.password.is_none());
    }

    #[test]
    fn percent_decoding_never_splits_a_character() {
        // Found by the fuzzer: a `%` followed by a multi-byte character panicked.
        let c = parse_uri("postgresql://app:Vb6%2\u{fffd}x@db:5432/app").unwrap();
        assert_eq!(c.hosts, vec!["db"]);
        assert!(c.password.unwrap().starts_with("Vb6%2"));
        assert_eq!(pct_decode("a%21b%"), "a!b%");
    }

    #[test]
    fn jdbc_and_kv() {
        let c = parse_jdbc("jdbc:mysql://m.corp:3306/shop?user=shop&password=pw1").unwrap();
        assert_eq!((c.hosts[0].as_str(), c.password.as_deref()), ("m.corp", Some("pw1")));
        let c = parse_jdbc("jdbc:oracle:thin:@ora1.corp:1521:ORCL").unwrap();
        assert_eq!(c.hosts, vec!["ora1.corp"]);
        let c = parse_jdbc("jdbc:sqlserver://sql1:1433;databaseName=x;password=pw2").unwrap();
        assert_eq!(c.password.as_deref(), Some("pw2"));
        let c = parse_kv("host=10.20.30.40 port=5432 dbname=ledger user=etl password='a b\\'c'").unwrap();
        assert_eq!(c.hosts, vec!["10.20.30.40"]);
        assert_eq!(c.password.as_deref(), Some("a b'c"));
        let c = parse_kv("Server=tcp:acme.database.windows.net,1433;Database=prod;User ID=sa;Password=Wl!;").unwrap();
        assert_eq!(c.hosts, vec!["acme.database.windows.net"]);
        assert_eq!(c.password.as_deref(), Some("Wl!"));
    }

    #[test]
    fn policy() {
        let p = HostPolicy {
            allow: vec![HostPattern::parse("*.ok.example.net")],
            deny: vec![HostPattern::parse("*.acme-corp.com"), HostPattern::parse("10.9.0.0/16")],
        };
        assert_eq!(p.judge("db01.acme-corp.com"), Verdict::Denied);
        assert_eq!(p.judge("10.9.3.4"), Verdict::Denied);
        assert_eq!(p.judge("10.20.30.40"), Verdict::Internal);
        assert_eq!(p.judge("localhost"), Verdict::Allowed);
        assert_eq!(p.judge("db.example.com"), Verdict::Allowed);
        assert_eq!(p.judge("a.test"), Verdict::Allowed);
        assert_eq!(p.judge("203.0.113.9"), Verdict::Allowed);
        assert_eq!(p.judge("vault.internal"), Verdict::Internal);
        assert_eq!(p.judge("cluster0.ab12c.mongodb.net"), Verdict::Public);
    }

    #[test]
    fn public_ips() {
        assert!(is_public_ip("130.163.238.140".parse().unwrap()));
        assert!(!is_public_ip("10.1.2.3".parse().unwrap()));
        assert!(!is_public_ip("192.0.2.7".parse().unwrap()));
        assert!(!is_public_ip("127.0.0.1".parse().unwrap()));
        assert!(is_public_ip("2a00:1450:4001::1".parse().unwrap()));
        assert!(!is_public_ip("2001:db8::1".parse().unwrap()));
    }
}
