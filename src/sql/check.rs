//! CHECK constraints whose verdict on a row can be decided without a server: tests of one
//! column (or a domain's `VALUE`) against constants, as pg_dump deparses them.
//!
//! Decided: comparisons of the value, its `length`/`char_length`/`octet_length` (of the value
//! or of `btrim` of it; `octet_length` of ASCII values only, other bytes are counted in the
//! database's encoding) with numbers; `=`/`<>` and `IN`/`= ANY (ARRAY[...])` with strings;
//! `~`, `~*`, `!~`, `!~*` (patterns in the subset of PostgreSQL's regular expressions that the
//! `regex` crate reads the same way), `LIKE`/`ILIKE`; `IS [NOT] NULL`; `AND`, `OR`, `NOT`;
//! and the constants `true`/`false`. Anything else (two columns, other functions, text
//! ordering, which depends on the collation) makes the whole constraint undecided: it is
//! skipped, never guessed. SQL's three-valued logic holds: a test of NULL is unknown, and a
//! CHECK fails only when its expression is false.

use pg_query::protobuf::{self as pb, a_const::Val, Node};
use pg_query::NodeEnum as N;
use std::cmp::Ordering;

/// The most a pattern's compiled program, and its lazy DFA's cache, may take: patterns come from
/// the dump, and a short one can ask for a huge program (`x{1000}{1000}`); one over this is
/// left undecided.
const PATTERN_BYTES: usize = 1 << 17;

/// Distinct patterns compiled in one process; more are left undecided, so a dump of many
/// constraints cannot make memory grow with their count (at most this many x
/// [`PATTERN_BYTES`]). The same pattern in many constraints (a schema per tenant) is compiled
/// once and shared.
const MAX_PATTERNS: usize = 512;

/// (pattern, case-insensitive) -> its program, or None: not decided.
type Compiled = std::collections::HashMap<(String, bool), Option<regex::Regex>>;

/// Patterns compiled so far, shared by every catalog of the process.
static PATTERNS: std::sync::Mutex<Option<Compiled>> = std::sync::Mutex::new(None);

/// `re`, compiled once per process (a clone shares the program), within the limits above.
fn compile(re: String, ci: bool) -> Option<regex::Regex> {
    let mut g = PATTERNS.lock().unwrap_or_else(|e| e.into_inner());
    let map = g.get_or_insert_with(Default::default);
    let key = (re, ci);
    if let Some(r) = map.get(&key) {
        return r.clone();
    }
    // Failures are kept too (a dump may repeat an oversized pattern thousands of times), up
    // to a bound of their own.
    let compiled = map.values().filter(|r| r.is_some()).count();
    if compiled >= MAX_PATTERNS || map.len() >= 8 * MAX_PATTERNS {
        return None;
    }
    let r = regex::RegexBuilder::new(&key.0)
        .case_insensitive(ci)
        .dot_matches_new_line(true)
        .size_limit(PATTERN_BYTES)
        .dfa_size_limit(PATTERN_BYTES)
        .build()
        .ok();
    map.insert(key, r.clone());
    r
}

/// How many decided constraints a row is tested against; more are left undecided, so the
/// work per row stays bounded.
pub const MAX_PER_TABLE: usize = 256;

/// A decided CHECK constraint over one column.
#[derive(Debug, Clone)]
pub struct Check {
    /// The column it tests (`value` for a domain's constraint).
    pub column: String,
    test: Test,
}

/// Two checks are the same constraint when their tests are (regular expressions by source).
impl PartialEq for Check {
    fn eq(&self, o: &Check) -> bool {
        self.column == o.column && format!("{:?}", self.test) == format!("{:?}", o.test)
    }
}
impl Eq for Check {}

#[derive(Debug, Clone)]
enum Test {
    Const(bool),
    /// `IS NULL` (true) or `IS NOT NULL` (false).
    IsNull(bool),
    Cmp(Of, Op, Rhs),
    /// `= ANY (ARRAY[...])` / `IN (...)`; negated: `<> ALL` / `NOT IN`.
    In(Of, Vec<String>, bool),
    /// A regular expression (LIKE patterns are turned into one), and whether it is negated.
    Match(Of, regex::Regex, bool),
    And(Vec<Test>),
    Or(Vec<Test>),
    Not(Box<Test>),
}

/// What of the value is tested.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Of {
    /// `btrim(v)`: leading and trailing spaces removed.
    trim: bool,
    len: Len,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Len {
    /// The value itself.
    No,
    Chars,
    Octets,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// A constant as written in the expression.
#[derive(Debug, Clone)]
enum Operand {
    Number(String),
    Text(String),
}

/// A constant as a test compares with it: numbers read once, when the constraint is.
#[derive(Debug, Clone)]
enum Rhs {
    Number(Num),
    Text(String),
}

impl Rhs {
    fn of(o: Operand) -> Option<Rhs> {
        Some(match o {
            Operand::Number(n) => Rhs::Number(read_number(&n)?),
            Operand::Text(t) => Rhs::Text(t),
        })
    }
}

/// The constraint's name as the server chooses it when the dump gives none.
pub fn default_name(table: &str, column: Option<&str>) -> String {
    match column {
        Some(c) => format!("{table}_{c}_check"),
        None => format!("{table}_check"),
    }
}

impl Check {
    /// The decided form of a CHECK expression, or None when it is not one this module decides.
    pub fn of(expr: &Node) -> Option<Check> {
        let mut column = None;
        let test = parse(expr, &mut column)?;
        Some(Check {
            column: column.unwrap_or_default(),
            test,
        })
    }

    /// Whether the constraint holds for a row whose column is `value` (None: NULL), the value
    /// as text (its type's input already accepted it). Numbers compare exactly; a value whose
    /// number cannot be read leaves the test unknown (it holds).
    pub fn holds(&self, value: Option<&str>) -> bool {
        eval(&self.test, value) != Some(false)
    }
}

fn eval(t: &Test, v: Option<&str>) -> Option<bool> {
    match t {
        Test::Const(b) => Some(*b),
        Test::IsNull(want) => Some(v.is_none() == *want),
        Test::Cmp(of, op, rhs) => {
            let v = v?;
            let ord = match (of.len, rhs) {
                (Len::No, Rhs::Text(s)) => {
                    // Only = and <> are parsed for text: equality needs no collation.
                    return Some((apply_trim(*of, v) == s.as_str()) == (*op == Op::Eq));
                }
                (Len::No, Rhs::Number(n)) => cmp_num(&read_number(apply_trim(*of, v))?, n),
                (_, Rhs::Number(n)) => cmp_count(length(*of, v)? as u64, n),
                (_, Rhs::Text(_)) => return None,
            };
            Some(match op {
                Op::Eq => ord == Ordering::Equal,
                Op::Ne => ord != Ordering::Equal,
                Op::Lt => ord == Ordering::Less,
                Op::Le => ord != Ordering::Greater,
                Op::Gt => ord == Ordering::Greater,
                Op::Ge => ord != Ordering::Less,
            })
        }
        Test::In(of, list, negated) => {
            let v = apply_trim(*of, v?);
            Some(list.iter().any(|s| s == v) != *negated)
        }
        Test::Match(of, re, negated) => Some(re.is_match(apply_trim(*of, v?)) != *negated),
        Test::And(ts) => {
            let mut unknown = false;
            for t in ts {
                match eval(t, v) {
                    Some(false) => return Some(false),
                    None => unknown = true,
                    Some(true) => {}
                }
            }
            (!unknown).then_some(true)
        }
        Test::Or(ts) => {
            let mut unknown = false;
            for t in ts {
                match eval(t, v) {
                    Some(true) => return Some(true),
                    None => unknown = true,
                    Some(false) => {}
                }
            }
            (!unknown).then_some(false)
        }
        Test::Not(t) => eval(t, v).map(|b| !b),
    }
}

fn apply_trim(of: Of, v: &str) -> &str {
    if of.trim {
        v.trim_matches(' ')
    } else {
        v
    }
}

/// The length tested; None for the bytes of a value beyond ASCII, which are counted in the
/// database's encoding, not known here (the value is UTF-8 only in the dump).
fn length(of: Of, v: &str) -> Option<usize> {
    let v = apply_trim(of, v);
    match of.len {
        Len::Octets if !v.is_ascii() => None,
        Len::Octets => Some(v.len()),
        _ => Some(v.chars().count()),
    }
}

fn parse(n: &Node, column: &mut Option<String>) -> Option<Test> {
    match n.node.as_ref()? {
        N::BoolExpr(b) => {
            let args = b.args.iter().map(|a| parse(a, column)).collect::<Option<Vec<_>>>()?;
            match pb::BoolExprType::try_from(b.boolop).ok()? {
                pb::BoolExprType::AndExpr => Some(Test::And(args)),
                pb::BoolExprType::OrExpr => Some(Test::Or(args)),
                pb::BoolExprType::NotExpr => Some(Test::Not(Box::new(args.into_iter().next()?))),
                _ => None,
            }
        }
        N::NullTest(t) => {
            let Of {
                trim: false,
                len: Len::No,
            } = operand_of(t.arg.as_deref()?, column)?
            else {
                return None;
            };
            match pb::NullTestType::try_from(t.nulltesttype).ok()? {
                pb::NullTestType::IsNull => Some(Test::IsNull(true)),
                pb::NullTestType::IsNotNull => Some(Test::IsNull(false)),
                _ => None,
            }
        }
        N::AConst(c) => match c.val.as_ref()? {
            Val::Boolval(b) => Some(Test::Const(b.boolval)),
            _ => None,
        },
        N::TypeCast(c) if cast_to(c) == Some("bool") => parse(c.arg.as_deref()?, column),
        N::AExpr(e) => a_expr(e, column),
        _ => None,
    }
}

fn a_expr(e: &pb::AExpr, column: &mut Option<String>) -> Option<Test> {
    let op = match e.name.as_slice() {
        [one] => match one.node.as_ref()? {
            N::String(s) => s.sval.as_str(),
            _ => return None,
        },
        _ => return None,
    };
    let of = operand_of(e.lexpr.as_deref()?, column)?;
    let rhs = e.rexpr.as_deref()?;
    match pb::AExprKind::try_from(e.kind).ok()? {
        pb::AExprKind::AexprOp => {
            let (op, negated, ci) = match op {
                "=" => return cmp(of, Op::Eq, rhs),
                "<>" | "!=" => return cmp(of, Op::Ne, rhs),
                "<" => return cmp(of, Op::Lt, rhs),
                "<=" => return cmp(of, Op::Le, rhs),
                ">" => return cmp(of, Op::Gt, rhs),
                ">=" => return cmp(of, Op::Ge, rhs),
                "~" => ("re", false, false),
                "~*" => ("re", false, true),
                "!~" => ("re", true, false),
                "!~*" => ("re", true, true),
                "~~" => ("like", false, false),
                "~~*" => ("like", false, true),
                "!~~" => ("like", true, false),
                "!~~*" => ("like", true, true),
                _ => return None,
            };
            if of.len != Len::No {
                return None;
            }
            let Operand::Text(p) = constant(rhs)? else { return None };
            let re = if op == "like" {
                like_regex(&p)?
            } else {
                posix_regex(&p)?
            };
            Some(Test::Match(of, compile(re, ci)?, negated))
        }
        pb::AExprKind::AexprLike | pb::AExprKind::AexprIlike => {
            // Kept by the raw parser for LIKE written out; deparsed dumps use ~~.
            let negated = op.starts_with('!');
            if of.len != Len::No {
                return None;
            }
            let Operand::Text(p) = constant(rhs)? else { return None };
            let ci = matches!(pb::AExprKind::try_from(e.kind), Ok(pb::AExprKind::AexprIlike));
            Some(Test::Match(of, compile(like_regex(&p)?, ci)?, negated))
        }
        kind @ (pb::AExprKind::AexprOpAny | pb::AExprKind::AexprOpAll | pb::AExprKind::AexprIn) => {
            let list = match rhs.node.as_ref()? {
                N::AArrayExpr(a) => &a.elements,
                N::List(l) => &l.items,
                N::TypeCast(c) => match c.arg.as_deref()?.node.as_ref()? {
                    N::AArrayExpr(a) => &a.elements,
                    _ => return None,
                },
                _ => return None,
            };
            let negated = match (kind, op) {
                (pb::AExprKind::AexprOpAny | pb::AExprKind::AexprIn, "=") => false,
                (pb::AExprKind::AexprOpAll | pb::AExprKind::AexprIn, "<>") => true,
                _ => return None,
            };
            if of.len != Len::No {
                // Numbers in a list: each an equality on the length.
                let tests = list
                    .iter()
                    .map(|x| match constant(x)? {
                        n @ Operand::Number(_) => {
                            Some(Test::Cmp(of, if negated { Op::Ne } else { Op::Eq }, Rhs::of(n)?))
                        }
                        Operand::Text(_) => None,
                    })
                    .collect::<Option<Vec<_>>>()?;
                return Some(if negated { Test::And(tests) } else { Test::Or(tests) });
            }
            let strs = list
                .iter()
                .map(|x| match constant(x)? {
                    Operand::Text(s) => Some(s),
                    Operand::Number(_) => None,
                })
                .collect::<Option<Vec<_>>>()?;
            Some(Test::In(of, strs, negated))
        }
        pb::AExprKind::AexprBetween | pb::AExprKind::AexprNotBetween => {
            let N::List(l) = rhs.node.as_ref()? else { return None };
            let [lo, hi] = l.items.as_slice() else { return None };
            let (Some(lo @ Operand::Number(_)), Some(hi @ Operand::Number(_))) = (constant(lo), constant(hi)) else {
                return None;
            };
            let t = Test::And(vec![
                Test::Cmp(of, Op::Ge, Rhs::of(lo)?),
                Test::Cmp(of, Op::Le, Rhs::of(hi)?),
            ]);
            Some(
                if matches!(pb::AExprKind::try_from(e.kind), Ok(pb::AExprKind::AexprNotBetween)) {
                    Test::Not(Box::new(t))
                } else {
                    t
                },
            )
        }
        _ => None,
    }
}

/// A comparison with a constant: numbers any way, text only for (in)equality of the value.
fn cmp(of: Of, op: Op, rhs: &Node) -> Option<Test> {
    match constant(rhs)? {
        Operand::Text(s) if of.len == Len::No && matches!(op, Op::Eq | Op::Ne) => Some(Test::Cmp(of, op, Rhs::Text(s))),
        Operand::Text(_) => None,
        n => Some(Test::Cmp(of, op, Rhs::of(n)?)),
    }
}

/// The left side: the column (through casts between text types or to numbers), `btrim` of
/// it, or a length of either. Records the column; a second column makes it undecided.
fn operand_of(n: &Node, column: &mut Option<String>) -> Option<Of> {
    match n.node.as_ref()? {
        N::ColumnRef(c) => {
            let [f] = c.fields.as_slice() else { return None };
            let N::String(s) = f.node.as_ref()? else { return None };
            match column {
                Some(c) if *c != s.sval => None,
                _ => {
                    *column = Some(s.sval.clone());
                    Some(Of {
                        trim: false,
                        len: Len::No,
                    })
                }
            }
        }
        N::TypeCast(c) => {
            // A cast between text types (or of a number to a wider number) keeps the value;
            // char(n)'s cast to text drops its padding, which a column of that type is not
            // decided for (see `decided_for`).
            let to = cast_to(c)?;
            if !matches!(
                to,
                "text" | "varchar" | "bpchar" | "numeric" | "int2" | "int4" | "int8" | "float8" | "float4" | "citext"
            ) {
                return None;
            }
            operand_of(c.arg.as_deref()?, column)
        }
        N::FuncCall(f) => {
            let name = match f.funcname.as_slice() {
                [one] | [_, one] => match one.node.as_ref()? {
                    N::String(s) => s.sval.as_str(),
                    _ => return None,
                },
                _ => return None,
            };
            let [arg] = f.args.as_slice() else { return None };
            let inner = operand_of(arg, column)?;
            if inner.len != Len::No {
                return None;
            }
            match name {
                "length" | "char_length" | "character_length" => Some(Of {
                    len: Len::Chars,
                    ..inner
                }),
                "octet_length" => Some(Of {
                    len: Len::Octets,
                    ..inner
                }),
                "btrim" if !inner.trim => Some(Of { trim: true, ..inner }),
                _ => None,
            }
        }
        _ => None,
    }
}

fn cast_to(c: &pb::TypeCast) -> Option<&str> {
    match c.type_name.as_ref()?.names.last()?.node.as_ref()? {
        N::String(s) => Some(s.sval.as_str()),
        _ => None,
    }
}

/// A constant, through casts (`'a'::text`, `(0)::numeric`) and a unary minus.
fn constant(n: &Node) -> Option<Operand> {
    match n.node.as_ref()? {
        N::AConst(c) => match c.val.as_ref()? {
            Val::Ival(i) => Some(Operand::Number(i.ival.to_string())),
            Val::Fval(f) => Some(Operand::Number(f.fval.clone())),
            Val::Sval(s) => Some(Operand::Text(s.sval.clone())),
            _ => None,
        },
        N::TypeCast(c) => {
            let to = cast_to(c)?;
            match constant(c.arg.as_deref()?)? {
                Operand::Text(s) if matches!(to, "text" | "varchar" | "bpchar" | "citext") => Some(Operand::Text(s)),
                Operand::Text(s) if matches!(to, "numeric" | "int2" | "int4" | "int8" | "float8" | "float4") => {
                    read_number(&s).map(|_| Operand::Number(s.trim().to_string()))
                }
                Operand::Number(n) if matches!(to, "numeric" | "int2" | "int4" | "int8" | "float8" | "float4") => {
                    Some(Operand::Number(n))
                }
                _ => None,
            }
        }
        N::AExpr(e) if e.lexpr.is_none() => {
            let [op] = e.name.as_slice() else { return None };
            match (op.node.as_ref()?, constant(e.rexpr.as_deref()?)?) {
                (N::String(s), Operand::Number(n)) if s.sval == "-" => {
                    Some(Operand::Number(match n.strip_prefix('-') {
                        Some(p) => p.to_string(),
                        None => format!("-{n}"),
                    }))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// A LIKE pattern as an anchored regular expression (`\` escapes the next character).
fn like_regex(p: &str) -> Option<String> {
    let mut out = String::from("^");
    let mut it = p.chars();
    while let Some(c) = it.next() {
        match c {
            '%' => out.push_str(".*"),
            '_' => out.push('.'),
            '\\' => out.push_str(&regex::escape(&it.next()?.to_string())),
            c => out.push_str(&regex::escape(&c.to_string())),
        }
    }
    out.push('$');
    Some(out)
}

/// A PostgreSQL (ARE) pattern the `regex` crate reads with the same meaning, or None. Both read
/// literals, `.`, `^`, `$`, bracket expressions with `[:class:]`, groups, alternation and
/// quantifiers alike; escapes are where they part (`\b` is a backspace to PostgreSQL, `\m`,
/// `\y`, `\Z`, back references and lookaround are its own), so only the escapes both read the
/// same are let through, and `(?` only as a non-capturing group.
fn posix_regex(p: &str) -> Option<String> {
    if p.starts_with("***") || p.contains("(?=") || p.contains("(?!") || p.contains("(?<") {
        return None;
    }
    let b = p.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            let next = *b.get(i + 1)?;
            let same = matches!(
                next,
                b'd' | b'D' | b's' | b'S' | b'w' | b'W' | b'n' | b't' | b'r' | b'f' | b'v'
            ) || next.is_ascii_punctuation();
            if !same {
                return None;
            }
            i += 2;
            continue;
        }
        if b[i] == b'(' && b.get(i + 1) == Some(&b'?') && b.get(i + 2) != Some(&b':') {
            return None;
        }
        i += 1;
    }
    Some(p.to_string())
}

/// A number as (negative, digits without leading zeros, exponent: value = 0.digits x 10^exp),
/// or the specials ordered as PostgreSQL orders them (-Infinity < numbers < Infinity < NaN).
#[derive(Debug, Clone, PartialEq)]
enum Num {
    NegInf,
    Finite(bool, Vec<u8>, i64),
    Inf,
    NaN,
}

fn read_number(s: &str) -> Option<Num> {
    let s = s.trim();
    match s.to_ascii_lowercase().as_str() {
        "nan" => return Some(Num::NaN),
        "infinity" | "+infinity" | "inf" | "+inf" => return Some(Num::Inf),
        "-infinity" | "-inf" => return Some(Num::NegInf),
        _ => {}
    }
    let (neg, s) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().ok()?),
        None => (s, 0),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    if int.is_empty() && frac.is_empty() || !int.bytes().chain(frac.bytes()).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let all: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
    let lead = all.iter().take_while(|&&c| c == b'0').count();
    let mut digits = all[lead..].to_vec();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return Some(Num::Finite(false, Vec::new(), 0));
    }
    let e = int.len() as i64 - lead as i64 + exp;
    Some(Num::Finite(neg, digits, e))
}

fn cmp_num(a: &Num, b: &Num) -> Ordering {
    let rank = |n: &Num| match n {
        Num::NegInf => 0,
        Num::Finite(..) => 1,
        Num::Inf => 2,
        Num::NaN => 3,
    };
    match (a, b) {
        (Num::Finite(an, ad, ae), Num::Finite(bn, bd, be)) => {
            let sign = |n: bool, d: &Vec<u8>| match (d.is_empty(), n) {
                (true, _) => 0,
                (false, true) => -1,
                (false, false) => 1,
            };
            let (sa, sb) = (sign(*an, ad), sign(*bn, bd));
            if sa != sb || sa == 0 {
                return sa.cmp(&sb);
            }
            let mag = ae.cmp(be).then_with(|| ad.cmp(bd));
            if sa < 0 {
                mag.reverse()
            } else {
                mag
            }
        }
        _ => rank(a).cmp(&rank(b)),
    }
}

/// A length against a number, without making a number of it (this runs per row and check).
fn cmp_count(l: u64, n: &Num) -> Ordering {
    match n {
        Num::NegInf => Ordering::Greater,
        Num::Inf | Num::NaN => Ordering::Less,
        Num::Finite(_, d, _) if d.is_empty() => l.cmp(&0),
        Num::Finite(true, ..) => Ordering::Greater,
        // 0 < n < 1
        Num::Finite(false, _, e) if *e <= 0 => {
            if l == 0 {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        }
        Num::Finite(false, _, e) if *e > 20 => Ordering::Less,
        Num::Finite(false, d, e) => {
            let e = *e as usize;
            let int = (0..e).fold(0u128, |acc, i| acc * 10 + d.get(i).map_or(0, |c| (c - b'0') as u128));
            match (l as u128).cmp(&int) {
                Ordering::Equal if d.len() > e => Ordering::Less,
                o => o,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The decided CHECK of `CREATE TABLE t (... CHECK (expr))`.
    fn check(expr: &str) -> Option<Check> {
        let sql = format!("CREATE TABLE t (a text, b integer, CONSTRAINT c CHECK ({expr}))");
        let N::CreateStmt(cs) = crate::sql::first_statement(&sql) else {
            panic!()
        };
        let N::Constraint(con) = cs.table_elts[2].node.as_ref().unwrap() else {
            panic!()
        };
        Check::of(con.raw_expr.as_deref().unwrap())
    }

    fn holds(expr: &str, v: Option<&str>) -> bool {
        check(expr).unwrap_or_else(|| panic!("undecided: {expr}")).holds(v)
    }

    #[test]
    fn pg_dump_forms_are_decided() {
        // As pg_dump deparses them (real dumps in corpus/ hold these).
        assert!(holds("(length(btrim(a)) > 0)", Some(" x ")));
        assert!(!holds("(length(btrim(a)) > 0)", Some("   ")));
        assert!(holds("((a)::text ~* '^https?://'::text)", Some("HTTPS://x")));
        assert!(!holds("((a)::text ~* '^https?://'::text)", Some("ftp://x")));
        assert!(holds("((b >= 0))", Some("0")));
        assert!(!holds("((b >= 0))", Some("-1")));
        assert!(holds("(((b >= 1901) AND (b <= 2155)))", Some("2006")));
        assert!(!holds("(((b >= 1901) AND (b <= 2155)))", Some("1900")));
        assert!(holds("((a = ANY (ARRAY['x'::text, 'y'::text])))", Some("y")));
        assert!(!holds("((a = ANY (ARRAY['x'::text, 'y'::text])))", Some("z")));
        assert!(!holds("((a <> ALL (ARRAY['x'::text, 'y'::text])))", Some("x")));
        assert!(holds("((a)::text <> ''::text)", Some("q")));
        assert!(!holds("((a)::text <> ''::text)", Some("")));
        assert!(holds("((char_length((a)::text) <= 5))", Some("ééééé")));
        assert!(!holds("((octet_length(a) <= 5))", Some("abcdef")));
        // Bytes beyond ASCII are counted in the database's encoding: not decided.
        assert!(holds("((octet_length(a) <= 5))", Some("ééééé")));
        assert!(!holds("(false)", Some("x")));
        assert!(holds("((a ~~ '%@%'::text))", Some("a@b")));
        assert!(!holds("((a ~~ '%@%'::text))", Some("ab")));
        assert!(!holds("((a !~~* 'X_'::text))", Some("xy")));
        assert!(holds("(b BETWEEN 1 AND 3)", Some("3")));
        assert!(!holds("(b NOT BETWEEN 1 AND 3)", Some("2")));
        assert!(holds("(a IN ('p', 'q'))", Some("p")));
        assert!(!holds("(a NOT IN ('p', 'q'))", Some("p")));
        assert!(holds("((b > (-5)::numeric))", Some("-4.5")));
        assert!(!holds("((b > '-5'::numeric))", Some("-5.0")));
    }

    #[test]
    fn null_is_unknown_and_passes() {
        assert!(holds("((b >= 0))", None));
        assert!(holds("((a)::text ~ '^x'::text)", None));
        assert!(!holds("(a IS NOT NULL)", None));
        assert!(!holds("((a IS NOT NULL) AND (length(a) > 1))", None));
        // unknown OR false is unknown: holds.
        assert!(holds("((length(a) > 1) OR false)", None));
        assert!(!holds("(NOT (a IS NULL))", None));
    }

    #[test]
    fn undecided_forms_are_skipped() {
        for e in [
            "(a > 'm'::text)",                                   // text ordering: the collation decides
            "(lower(a) = a)",                                    // a function of the value
            "(b < length(a))",                                   // two columns
            "(a ~ '\\mword'::text)",                             // an escape only PostgreSQL reads
            "(a ~ '^\\b'::text)",                                // \b: a backspace to PostgreSQL
            "(a ~ '(?=x)'::text)",                               // lookahead
            "(a ~ '(a)\\1'::text)",                              // back reference
            "(public.is_valid(a))",                              // a user's function
            "((b)::text = '1'::text AND (a)::text = 'x'::text)", // two columns
        ] {
            assert!(check(e).is_none(), "{e} was decided");
        }
    }

    #[test]
    fn numbers_compare_exactly() {
        use Ordering::*;
        for (a, b, o) in [
            ("10", "9", Greater),
            ("-10", "-9", Less),
            ("0.10", "0.1", Equal),
            ("-0", "0", Equal),
            ("1e3", "999.99", Greater),
            ("123456789012345678901234567890", "123456789012345678901234567891", Less),
            ("NaN", "Infinity", Greater),
            ("-Infinity", "-1e300", Less),
            ("0.001", "0", Greater),
            ("-0.001", "0", Less),
        ] {
            assert_eq!(
                cmp_num(&read_number(a).unwrap(), &read_number(b).unwrap()),
                o,
                "{a} vs {b}"
            );
        }
        assert_eq!(read_number("x"), None);
        // Lengths against numbers, as cmp_num of the length written out would say.
        for l in [0u64, 1, 4, 5, 6, 10, 99, 100, 101, 12345] {
            for n in [
                "0",
                "5",
                "5.0",
                "5.5",
                "0.5",
                "-3",
                "100",
                "1e2",
                "99.99",
                "1e30",
                "NaN",
                "-Infinity",
                "12345",
            ] {
                let num = read_number(n).unwrap();
                assert_eq!(
                    cmp_count(l, &num),
                    cmp_num(&read_number(&l.to_string()).unwrap(), &num),
                    "{l} vs {n}"
                );
            }
        }
    }
}
