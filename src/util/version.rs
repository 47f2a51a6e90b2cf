//! PostgreSQL version strings as pg_dump and servers write them (`15.20 (Debian 15.20-0+deb12u1)`,
//! `9.6.24`, `18beta1`, `17rc1`, `17`): the one parser every stage uses.

/// A parsed version: major and minor (for 9.x and older, `9.6.24` is major 9, minor 6), and a
/// pre-release tag (`beta1`, `rc1`) if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PgVersion {
    pub major: u32,
    pub minor: u32,
    pub pre: Option<String>,
}

impl PgVersion {
    /// Parses the first word of `v`; None when it does not start with a number.
    pub fn parse(v: &str) -> Option<PgVersion> {
        let head = v.split_whitespace().next()?;
        let digits = head.find(|c: char| !c.is_ascii_digit()).unwrap_or(head.len());
        let major: u32 = head[..digits].parse().ok()?;
        let rest = &head[digits..];
        let (minor, pre) = match rest.strip_prefix('.') {
            Some(r) => {
                let d = r.find(|c: char| !c.is_ascii_digit()).unwrap_or(r.len());
                (r[..d].parse().unwrap_or(0), None)
            }
            None if rest.is_empty() => (0, None),
            None => (0, Some(rest.to_string())),
        };
        Some(PgVersion { major, minor, pre })
    }

    /// The pre-release number of `beta3` or `rc1` (3, 1), with its kind.
    pub fn pre_release(&self) -> Option<(&str, u32)> {
        let p = self.pre.as_deref()?;
        let d = p.find(|c: char| c.is_ascii_digit()).unwrap_or(p.len());
        Some((&p[..d], p[d..].parse().unwrap_or(0)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_as_written() {
        let v = |s: &str| PgVersion::parse(s).map(|v| (v.major, v.minor, v.pre));
        assert_eq!(v("15.20 (Debian 15.20-0+deb12u1)"), Some((15, 20, None)));
        assert_eq!(v("9.6.24"), Some((9, 6, None)));
        assert_eq!(v("17"), Some((17, 0, None)));
        assert_eq!(v("18beta1"), Some((18, 0, Some("beta1".into()))));
        assert_eq!(v("10rc1"), Some((10, 0, Some("rc1".into()))));
        assert_eq!(v("unknown"), None);
        let b = PgVersion::parse("18beta3").unwrap();
        assert_eq!(b.pre_release(), Some(("beta", 3)));
    }
}
