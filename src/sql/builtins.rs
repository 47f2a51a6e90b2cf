//! What each PostgreSQL major 10-18 has built in: every type of pg_catalog, and the functions
//! and settings where the majors differ (`builtins.tsv`, read off real servers' catalogs by
//! scripts/make-builtins.sh). A function or setting every one of those majors has is not
//! listed, so it is never reported missing.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The newest major the table was read from: a target past it is taken to have what 18 has.
/// The newest release the version tables hold.
pub const NEWEST: u32 = 18;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Kind {
    Function,
    Type,
    Setting,
}

impl Kind {
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Function => "function",
            Kind::Type => "type",
            Kind::Setting => "configuration parameter",
        }
    }
}

/// (kind, name) -> (first, last) major that has it.
type Table = HashMap<(Kind, &'static str), (u32, u32)>;

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        include_str!("builtins.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut f = l.split('\t');
                let kind = match f.next()? {
                    "function" => Kind::Function,
                    "type" => Kind::Type,
                    "setting" => Kind::Setting,
                    _ => return None,
                };
                let name = f.next()?;
                Some(((kind, name), (f.next()?.parse().ok()?, f.next()?.parse().ok()?)))
            })
            .collect()
    })
}

/// The majors that have the built-in `name`, when `target` is not one of them.
pub fn missing(kind: Kind, name: &str, target: u32) -> Option<(u32, u32)> {
    let &(first, last) = table().get(&(kind, name))?;
    let gone = last < NEWEST && target > last;
    (target < first || gone).then_some((first, last))
}

/// Whether `name` (unqualified) is a type of pg_catalog in some major 10-18, or one of the
/// serial pseudo-types the grammar accepts: a bare name that is not is a type of the dump's own
/// schema (old pg_dump wrote `year` after `SET search_path = public, pg_catalog`).
pub fn is_catalog_type(name: &str) -> bool {
    table().contains_key(&(Kind::Type, name))
        || matches!(
            name,
            "serial" | "serial4" | "bigserial" | "serial8" | "smallserial" | "serial2"
        )
}

/// "PostgreSQL 13 and later", "PostgreSQL 10 to 11".
pub fn span(first: u32, last: u32) -> String {
    if last >= NEWEST {
        format!("PostgreSQL {first} and later")
    } else if first == last {
        format!("PostgreSQL {first} only")
    } else {
        format!("PostgreSQL {first} to {last}")
    }
}

/// The functions a statement calls and the types it names, as (schema, name) with the schema
/// empty when unqualified: every `FuncCall` and `TypeName` of its parse tree (column types and
/// defaults, CHECK expressions, views, casts, SQL-standard function bodies), in the order the
/// tree holds them. The tree is walked through its serde form, which reaches every field of
/// every node kind, by a serializer that only looks: building the JSON value of every
/// statement first was 40% of verify's time on a dump of 100k tables.
pub fn names_used(node: &pg_query::protobuf::node::Node) -> Vec<(Kind, String, String)> {
    use serde::Serialize;
    let mut w = walker::Walker {
        out: Vec::new(),
        in_option: false,
    };
    // The walker never fails; a tree it could not walk would only give fewer names.
    let _ = node.serialize(&mut w);
    w.out
}

/// A serde `Serializer` that serializes nothing: it walks a parse tree and notes the names of
/// its `FuncCall`s and `TypeName`s.
mod walker {
    use super::Kind;
    use serde::ser::{self, Serialize};

    /// Never made: the walk cannot fail, but serde asks for an error type.
    #[derive(Debug)]
    pub struct Never;

    impl std::fmt::Display for Never {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("parse tree walk")
        }
    }

    impl std::error::Error for Never {}

    impl ser::Error for Never {
        fn custom<T: std::fmt::Display>(_: T) -> Self {
            Never
        }
    }

    pub struct Walker {
        pub out: Vec<(Kind, String, String)>,
        /// Under a DefElem, whose bare words (`autosummarize = off`) the grammar reads as
        /// type names.
        pub in_option: bool,
    }

    impl Walker {
        fn push(&mut self, kind: Kind, names: &mut Vec<String>) {
            if let Some(name) = names.pop() {
                self.out.push((kind, names.join("."), name));
            }
            names.clear();
        }
    }

    /// A struct, sequence or map being walked.
    pub struct Compound<'a> {
        w: &'a mut Walker,
        /// The struct's type name ("" for anything else).
        name: &'static str,
        /// A FuncCall's `funcname` or a TypeName's `names`: their String nodes' values.
        names: Vec<String>,
    }

    /// Serializes nothing but the strings it meets (the `sval` of String nodes).
    struct Strings<'a>(&'a mut Vec<String>);

    /// Serializes nothing but a bool.
    struct Flag<'a>(&'a mut bool);

    impl<'a> Compound<'a> {
        fn new(w: &'a mut Walker, name: &'static str) -> Self {
            Compound {
                w,
                name,
                names: Vec::new(),
            }
        }

        fn field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Never> {
            match (self.name, key) {
                ("FuncCall", "funcname") => {
                    value.serialize(Strings(&mut self.names))?;
                    self.w.push(Kind::Function, &mut self.names);
                    Ok(())
                }
                ("TypeName", "names") => value.serialize(Strings(&mut self.names)),
                // After `names` (the fields come in the message's order): a `%TYPE` names a
                // column, not a type.
                ("TypeName", "pct_type") => {
                    let mut pct = false;
                    value.serialize(Flag(&mut pct))?;
                    if !pct && !self.w.in_option {
                        self.w.push(Kind::Type, &mut self.names);
                    }
                    Ok(())
                }
                _ => value.serialize(&mut *self.w),
            }
        }
    }

    /// Options, units and newtype structs: what they hold, or nothing.
    macro_rules! pass_through {
        () => {
            fn serialize_none(self) -> Result<(), Never> {
                Ok(())
            }
            fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> Result<(), Never> {
                v.serialize(self)
            }
            fn serialize_unit(self) -> Result<(), Never> {
                Ok(())
            }
            fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), Never> {
                Ok(())
            }
            fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, v: &T) -> Result<(), Never> {
                v.serialize(self)
            }
        };
    }

    /// Tuples and maps, which no name part is made of.
    macro_rules! refuse_lists {
        () => {
            fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Never> {
                Err(Never)
            }
            fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, Never> {
                Err(Never)
            }
            fn serialize_tuple_variant(
                self,
                _: &'static str,
                _: u32,
                _: &'static str,
                _: usize,
            ) -> Result<Self::SerializeTupleVariant, Never> {
                Err(Never)
            }
            fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Never> {
                Err(Never)
            }
        };
    }

    macro_rules! refuse_struct_variant {
        () => {
            fn serialize_struct_variant(
                self,
                _: &'static str,
                _: u32,
                _: &'static str,
                _: usize,
            ) -> Result<Self::SerializeStructVariant, Never> {
                Err(Never)
            }
        };
    }

    macro_rules! ignore_scalars {
        ($($f:ident: $t:ty),*) => {
            $(fn $f(self, _: $t) -> Result<(), Never> { Ok(()) })*
        };
    }

    impl<'a> ser::Serializer for &'a mut Walker {
        type Ok = ();
        type Error = Never;
        type SerializeSeq = Compound<'a>;
        type SerializeTuple = Compound<'a>;
        type SerializeTupleStruct = Compound<'a>;
        type SerializeTupleVariant = Compound<'a>;
        type SerializeMap = Compound<'a>;
        type SerializeStruct = Compound<'a>;
        type SerializeStructVariant = Compound<'a>;

        ignore_scalars!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
            serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
            serialize_u64: u64, serialize_f32: f32, serialize_f64: f64, serialize_char: char,
            serialize_str: &str, serialize_bytes: &[u8], serialize_unit_struct: &'static str);

        pass_through!();
        /// A `Node`'s one-of: its variant names the node kind.
        fn serialize_newtype_variant<T: ?Sized + Serialize>(
            self,
            _: &'static str,
            _: u32,
            variant: &'static str,
            v: &T,
        ) -> Result<(), Never> {
            let was = self.in_option;
            self.in_option |= variant == "DefElem";
            let r = v.serialize(&mut *self);
            self.in_option = was;
            r
        }
        fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Never> {
            Ok(Compound::new(self, ""))
        }
        fn serialize_tuple(self, _: usize) -> Result<Compound<'a>, Never> {
            Ok(Compound::new(self, ""))
        }
        fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Never> {
            Ok(Compound::new(self, ""))
        }
        fn serialize_tuple_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Compound<'a>, Never> {
            Ok(Compound::new(self, ""))
        }
        fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Never> {
            Ok(Compound::new(self, ""))
        }
        fn serialize_struct(self, name: &'static str, _: usize) -> Result<Compound<'a>, Never> {
            Ok(Compound::new(self, name))
        }
        fn serialize_struct_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Compound<'a>, Never> {
            Ok(Compound::new(self, ""))
        }
    }

    /// The compounds whose elements are walked as they come (sequences, tuples).
    macro_rules! walk_elements {
        ($($tr:ident::$f:ident),*) => {$(
            impl ser::$tr for Compound<'_> {
                type Ok = ();
                type Error = Never;
                fn $f<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Never> {
                    v.serialize(&mut *self.w)
                }
                fn end(self) -> Result<(), Never> {
                    Ok(())
                }
            }
        )*};
    }
    walk_elements!(
        SerializeSeq::serialize_element,
        SerializeTuple::serialize_element,
        SerializeTupleStruct::serialize_field,
        SerializeTupleVariant::serialize_field
    );

    impl ser::SerializeMap for Compound<'_> {
        type Ok = ();
        type Error = Never;
        fn serialize_key<T: ?Sized + Serialize>(&mut self, _: &T) -> Result<(), Never> {
            Ok(())
        }
        fn serialize_value<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Never> {
            v.serialize(&mut *self.w)
        }
        fn end(self) -> Result<(), Never> {
            Ok(())
        }
    }

    /// Structs: a field is looked at by its struct's and its own name.
    macro_rules! look_at_fields {
        ($($tr:ident),*) => {$(
            impl ser::$tr for Compound<'_> {
                type Ok = ();
                type Error = Never;
                fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, v: &T) -> Result<(), Never> {
                    self.field(key, v)
                }
                fn end(self) -> Result<(), Never> {
                    Ok(())
                }
            }
        )*};
    }
    look_at_fields!(SerializeStruct, SerializeStructVariant);

    /// Collects every string, wherever it sits in the value.
    impl<'a> ser::Serializer for Strings<'a> {
        type Ok = ();
        type Error = Never;
        type SerializeSeq = Self;
        type SerializeTuple = ser::Impossible<(), Never>;
        type SerializeTupleStruct = ser::Impossible<(), Never>;
        type SerializeTupleVariant = ser::Impossible<(), Never>;
        type SerializeMap = ser::Impossible<(), Never>;
        type SerializeStruct = Self;
        type SerializeStructVariant = ser::Impossible<(), Never>;

        ignore_scalars!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
            serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
            serialize_u64: u64, serialize_f32: f32, serialize_f64: f64, serialize_char: char,
            serialize_bytes: &[u8], serialize_unit_struct: &'static str);

        fn serialize_str(self, v: &str) -> Result<(), Never> {
            self.0.push(v.to_string());
            Ok(())
        }
        pass_through!();
        /// Only a String node's value is a name part (`funcname` holds nothing else).
        fn serialize_newtype_variant<T: ?Sized + Serialize>(
            self,
            _: &'static str,
            _: u32,
            variant: &'static str,
            v: &T,
        ) -> Result<(), Never> {
            if variant == "String" {
                v.serialize(self)?;
            }
            Ok(())
        }
        fn serialize_seq(self, _: Option<usize>) -> Result<Self, Never> {
            Ok(self)
        }
        refuse_lists!();
        fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, Never> {
            Ok(self)
        }
        refuse_struct_variant!();
    }

    impl ser::SerializeSeq for Strings<'_> {
        type Ok = ();
        type Error = Never;
        fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Never> {
            v.serialize(Strings(&mut *self.0))
        }
        fn end(self) -> Result<(), Never> {
            Ok(())
        }
    }

    impl ser::SerializeStruct for Strings<'_> {
        type Ok = ();
        type Error = Never;
        fn serialize_field<T: ?Sized + Serialize>(&mut self, _: &'static str, v: &T) -> Result<(), Never> {
            v.serialize(Strings(&mut *self.0))
        }
        fn end(self) -> Result<(), Never> {
            Ok(())
        }
    }

    /// Reads one bool.
    impl ser::Serializer for Flag<'_> {
        type Ok = ();
        type Error = Never;
        type SerializeSeq = ser::Impossible<(), Never>;
        type SerializeTuple = ser::Impossible<(), Never>;
        type SerializeTupleStruct = ser::Impossible<(), Never>;
        type SerializeTupleVariant = ser::Impossible<(), Never>;
        type SerializeMap = ser::Impossible<(), Never>;
        type SerializeStruct = ser::Impossible<(), Never>;
        type SerializeStructVariant = ser::Impossible<(), Never>;

        fn serialize_bool(self, v: bool) -> Result<(), Never> {
            *self.0 = v;
            Ok(())
        }
        ignore_scalars!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
            serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
            serialize_u64: u64, serialize_f32: f32, serialize_f64: f64, serialize_char: char,
            serialize_str: &str, serialize_bytes: &[u8], serialize_unit_struct: &'static str);
        pass_through!();
        fn serialize_newtype_variant<T: ?Sized + Serialize>(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: &T,
        ) -> Result<(), Never> {
            Ok(())
        }
        fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Never> {
            Err(Never)
        }
        refuse_lists!();
        fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Never> {
            Err(Never)
        }
        refuse_struct_variant!();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_read_off_the_servers() {
        assert_eq!(missing(Kind::Function, "uuidv7", 17), Some((18, 18)));
        assert_eq!(missing(Kind::Function, "uuidv7", 18), None);
        assert_eq!(missing(Kind::Function, "gen_random_uuid", 12), Some((13, 18)));
        assert_eq!(missing(Kind::Function, "gen_random_uuid", 13), None);
        assert_eq!(missing(Kind::Setting, "transaction_timeout", 16), Some((17, 18)));
        assert_eq!(missing(Kind::Type, "datemultirange", 13), Some((14, 18)));
        // In every major: never listed, never missing.
        assert_eq!(missing(Kind::Function, "now", 10), None);
        assert_eq!(missing(Kind::Setting, "search_path", 10), None);
        assert!(table().len() > 500);
    }

    fn used(sql: &str) -> Vec<(Kind, String, String)> {
        names_used(&crate::sql::first_statement(sql))
    }

    #[test]
    fn calls_and_types_are_found_where_pg_dump_writes_them() {
        let u = used(
            "CREATE TABLE public.t (id uuid DEFAULT uuidv7() NOT NULL, p jsonpath, \
                      c integer CHECK (pg_catalog.length(c::text) > 0))",
        );
        let has = |k: Kind, s: &str, n: &str| u.iter().any(|x| x.0 == k && x.1 == s && x.2 == n);
        assert!(has(Kind::Function, "", "uuidv7"), "{u:?}");
        assert!(has(Kind::Function, "pg_catalog", "length"), "{u:?}");
        assert!(has(Kind::Type, "", "jsonpath"), "{u:?}");
        assert!(has(Kind::Type, "pg_catalog", "int4"), "{u:?}");
        let u = used("CREATE VIEW v AS SELECT public.f(x) FROM t");
        assert!(u.iter().any(|x| x.1 == "public" && x.2 == "f"), "{u:?}");
    }
}
