//! What a column's name says it holds, in English and the languages of 16 locales: the
//! vocabulary of `src/rules/pii_columns.json` (made by `scripts/gen-pii-columns.py` from
//! `research/pii/column_names.json`).
//!
//! A name is evidence, never proof: a `strong` name (`nachname`, `電話番号`, `plz`) has every
//! value checked against its kind; a `weak` one (`name`, `nombre`, `名前`, `display_name`,
//! `lat`) is only a hint that the values must confirm (detect::table_data samples them).

use super::pii::Kind;
use std::sync::LazyLock;

/// A column name's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    pub kind: Kind,
    /// The name alone says so (values are still checked one by one).
    pub strong: bool,
}

struct Entry {
    /// Normalised and folded (see [`normalise`]).
    name: String,
    kind: Option<Kind>,
    strong: bool,
    /// Only as the whole column name.
    exact: bool,
    /// Han, Kana or Hangul: matched inside a longer name (`顧客電話番号`).
    cjk: bool,
}

#[derive(serde::Deserialize)]
struct File {
    kinds: std::collections::BTreeMap<String, Strengths>,
    exact: Vec<String>,
}

#[derive(serde::Deserialize)]
struct Strengths {
    strong: Vec<String>,
    weak: Vec<String>,
}

fn kind_of(id: &str) -> Option<Kind> {
    Some(match id {
        "person-name" => Kind::PersonName,
        "email" => Kind::Email,
        "phone" => Kind::Phone,
        "street-address" => Kind::StreetAddress,
        "city" => Kind::City,
        "postcode" => Kind::Postcode,
        "date-of-birth" => Kind::DateOfBirth,
        "national-id" => Kind::NationalId,
        "passport" => Kind::Passport,
        "driver-licence" => Kind::DriverLicence,
        "iban" => Kind::Iban,
        "credit-card" => Kind::CreditCard,
        "username" => Kind::Username,
        "ip-address" => Kind::IpAddress,
        "geolocation" => Kind::Geolocation,
        "licence-plate" => Kind::LicencePlate,
        "mac-address" => Kind::MacAddress,
        _ => return None,
    })
}

static VOCABULARY: LazyLock<Vec<Entry>> = LazyLock::new(|| {
    let file: File = serde_json::from_str(include_str!("../rules/pii_columns.json")).expect("pii_columns.json parses");
    let exact: std::collections::HashSet<String> = file.exact.iter().map(|n| normalise(n).0).collect();
    let mut out = Vec::new();
    for (id, s) in &file.kinds {
        // `gender` is read by the table-level quasi-identifier check only.
        let kind = kind_of(id);
        if kind.is_none() && id != "gender" {
            panic!("pii_columns.json: unknown kind {id}");
        }
        for (names, strong) in [(&s.strong, true), (&s.weak, false)] {
            for n in names {
                let (name, _) = normalise(n);
                out.push(Entry {
                    exact: exact.contains(&name),
                    cjk: name.chars().any(is_cjk),
                    name,
                    kind,
                    strong,
                });
            }
        }
    }
    out
});

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0x1100..=0x11FF)
}

/// Lower case, camelCase split, separators as `_`, Latin diacritics folded; the second form
/// writes German and Scandinavian umlauts as digraphs (`mädchenname` -> `maedchenname`).
pub fn normalise(name: &str) -> (String, String) {
    let mut base = String::with_capacity(name.len());
    let mut digraph = String::with_capacity(name.len());
    let mut prev_lower = false;
    for c in name.chars() {
        if c.is_uppercase() && prev_lower {
            base.push('_');
            digraph.push('_');
        }
        prev_lower = c.is_lowercase();
        for l in c.to_lowercase() {
            let l = if matches!(l, ' ' | '-' | '.') { '_' } else { l };
            if l == '_' && base.ends_with('_') {
                continue;
            }
            match fold(l) {
                Some((b, d)) => {
                    base.push_str(b);
                    digraph.push_str(d);
                }
                None => {
                    base.push(l);
                    digraph.push(l);
                }
            }
        }
    }
    let trim = |s: String| s.trim_matches('_').to_string();
    (trim(base), trim(digraph))
}

/// One lower-case character without its diacritics: (plain, digraph form).
fn fold(c: char) -> Option<(&'static str, &'static str)> {
    macro_rules! same {
        ($s:expr) => {
            ($s, $s)
        };
    }
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'å' | 'ą' | 'ă' => same!("a"),
        'ä' => ("a", "ae"),
        'æ' => same!("ae"),
        'ç' | 'ć' | 'č' => same!("c"),
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => same!("e"),
        'ì' | 'í' | 'î' | 'ï' | 'ı' => same!("i"),
        'ł' => same!("l"),
        'ñ' | 'ń' | 'ň' => same!("n"),
        'ò' | 'ó' | 'ô' | 'õ' | 'ő' => same!("o"),
        'ö' | 'ø' => ("o", "oe"),
        'ù' | 'ú' | 'û' | 'ű' | 'ů' => same!("u"),
        'ü' => ("u", "ue"),
        'ý' | 'ÿ' => same!("y"),
        'ß' => same!("ss"),
        'ś' | 'ş' | 'š' => same!("s"),
        'ğ' => same!("g"),
        'ź' | 'ż' | 'ž' => same!("z"),
        'ř' => same!("r"),
        'ť' => same!("t"),
        'ď' => same!("d"),
        _ => return None,
    })
}

/// Does the entry match the normalised column name `col`?
fn matches(e: &Entry, col: &str) -> bool {
    if col == e.name {
        return true;
    }
    if e.exact {
        // `home_lat`, `store_lng`: a position's short names as the last word.
        return e.kind == Some(Kind::Geolocation) && col.rsplit('_').next() == Some(e.name.as_str());
    }
    if e.cjk && e.name.chars().count() >= 2 {
        return col.contains(e.name.as_str());
    }
    // Whole tokens: `billing_address`, `customer_phone_2`, never `hotel` for `tel`. (The name
    // where `_` or an end bounds it on both sides; searched in place, as this runs for every
    // entry of the vocabulary and every column: splitting into vectors made a dump of 100k
    // small tables scan in a minute.)
    let (c, n) = (col.as_bytes(), e.name.as_bytes());
    n.len() <= c.len()
        && (0..=c.len() - n.len()).any(|at| {
            let end = at + n.len();
            (at == 0 || c[at - 1] == b'_') && (end == c.len() || c[end] == b'_') && &c[at..end] == n
        })
}

/// Names that only refer to or describe such data: `email_verified`, `phone_type`,
/// `address_id`, `birth_date_format`.
fn describes_only(col: &str) -> bool {
    const NOT: &[&str] = &[
        "id",
        "type",
        "count",
        "verified",
        "confirmed",
        "status",
        "flag",
        "format",
        "updated",
        "at",
        "changed",
        "reset",
        "expires",
        "policy",
        "hint",
        "length",
        "salt",
        "algorithm",
        "iterations",
        "prefix",
        "ext",
        "extension",
        "ids",
        "enabled",
        "visible",
        "public",
        "privacy",
        "consent",
        "opt",
        "optin",
        "sent",
        "token",
        "hash",
        "url",
        "uri",
        "label",
        "template",
        "country",
        "lang",
        "language",
        "timezone",
        "tz",
        "precision",
        "accuracy",
    ];
    let last = col.rsplit('_').next().unwrap_or("");
    col.contains('_') && NOT.contains(&last)
}

/// What the name of `column` says it holds, if anything (the longest matching entry decides:
/// `email_address` is an email, `billing_address` an address).
pub fn hint(column: &str) -> Option<Hint> {
    // Dumps repeat their column names across tables (a schema per tenant: 100k tables of
    // the same few columns), and each name is matched against the whole vocabulary: a
    // worker remembers the verdicts it gave (forgetting them all past a bound).
    thread_local! {
        static SEEN: std::cell::RefCell<std::collections::HashMap<String, Option<Hint>>> =
            std::cell::RefCell::default();
    }
    const REMEMBERED: usize = 1 << 16;
    if let Some(h) = SEEN.with(|s| s.borrow().get(column).copied()) {
        return h;
    }
    let h = hint_of(column);
    SEEN.with(|s| {
        let mut s = s.borrow_mut();
        if s.len() >= REMEMBERED {
            s.clear();
        }
        s.insert(column.to_string(), h);
    });
    h
}

fn hint_of(column: &str) -> Option<Hint> {
    let (base, digraph) = normalise(column);
    let mut best: Option<(&Entry, usize)> = None;
    for col in [&base, &digraph] {
        let whole_only = describes_only(col);
        for e in VOCABULARY.iter() {
            if (whole_only && *col != e.name) || !matches(e, col) {
                continue;
            }
            let len = e.name.len();
            if best.is_none_or(|(_, l)| len > l) {
                best = Some((e, len));
            }
        }
    }
    let (e, _) = best?;
    let kind = e.kind?;
    // `ipv6アドレス`, `ipv6_адрес`, `mac주소`: an address, but a network's. Its values say which
    // (a sampled text column's IPs and MACs are found by value).
    if kind == Kind::StreetAddress
        && column
            .to_lowercase()
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(super::pii::names_a_network_address)
    {
        return None;
    }
    Some(Hint {
        kind,
        strong: e.strong && !e.exact,
    })
}

/// A table's own name, unquoted and lower-cased (`public."Users"` -> `users`).
pub fn bare_table(table: &str) -> String {
    table
        .rsplit('.')
        .next()
        .unwrap_or(table)
        .trim_matches('"')
        .to_lowercase()
}

/// Does the table's name say its rows are accounts that log in (`users`, `auth.users`,
/// `staff`, `m_employee`, `accounts`, `members`)? A bare `hash` or `digest` column holds a
/// password's hash only there; elsewhere it is a hash of content (a file, a migration).
pub fn table_holds_logins(table: &str) -> bool {
    const WORDS: &[&str] = &[
        "user",
        "users",
        "account",
        "accounts",
        "member",
        "members",
        "login",
        "logins",
        "credential",
        "credentials",
        "auth",
        "admin",
        "admins",
        "staff",
        "employee",
        "employees",
        "operator",
        "operators",
        "customer",
        "customers",
        "person",
        "people",
        "persons",
        "profile",
        "profiles",
        "usuario",
        "usuarios",
        "utilisateur",
        "utilisateurs",
        "benutzer",
        "nutzer",
        "utente",
        "utenti",
        "usuário",
        "gebruiker",
        "gebruikers",
        "uzytkownik",
        "kullanici",
        "kullanıcı",
        "pengguna",
        "player",
        "players",
        "client",
        "clients",
        "subscriber",
        "subscribers",
        "passwd",
        "shadow",
    ];
    let name = bare_table(table);
    name.split(|c: char| !c.is_alphanumeric()).any(|w| WORDS.contains(&w))
}

/// Does the table's name say each row is a person (`contacts`, `employees`, `patients`,
/// `kunden`, `会員`)? A column named just `name` there holds people's names even where the name
/// lists know few of them.
pub fn table_of_people(table: &str) -> bool {
    const WORDS: &[&str] = &[
        "contact",
        "contacts",
        "person",
        "persons",
        "people",
        "employee",
        "employees",
        "staff",
        "member",
        "members",
        "customer",
        "customers",
        "client",
        "clients",
        "user",
        "users",
        "student",
        "students",
        "patient",
        "patients",
        "author",
        "authors",
        "passenger",
        "passengers",
        "guest",
        "guests",
        "attendee",
        "attendees",
        "volunteer",
        "volunteers",
        "donor",
        "donors",
        "applicant",
        "applicants",
        "candidate",
        "candidates",
        "subscriber",
        "subscribers",
        "kunden",
        "kunde",
        "mitarbeiter",
        "personen",
        "clientes",
        "cliente",
        "empleados",
        "pacientes",
        "alumnos",
        "personas",
        "usuarios",
        "utilisateurs",
        "salaries",
        "employes",
        "patienten",
        "klanten",
        "medewerkers",
        "klienci",
        "pracownicy",
        "pessoas",
        "funcionarios",
        "alunos",
        "dipendenti",
        "clienti",
        "pazienti",
        "studenti",
        "kunder",
        "anstallda",
        "musteriler",
        "personel",
        "ogrenciler",
    ];
    const CJK: &[&str] = &[
        "顧客",
        "社員",
        "会員",
        "客户",
        "员工",
        "用户",
        "会员",
        "회원",
        "고객",
        "직원",
        "사용자",
    ];
    const CYRILLIC: &[&str] = &["пользовател", "клиент", "сотрудник", "студент", "пациент"];
    let name = bare_table(table);
    name.split(|c: char| !c.is_alphanumeric()).any(|w| WORDS.contains(&w))
        || CJK.iter().chain(CYRILLIC).any(|w| name.contains(w))
}

/// Does the table's name say it holds things, places, businesses or reference values, not
/// people (`products`, `stores`, `categoria`, `language`, `城市`, `매장`, `товары`)? Person names found there by value alone
/// are names of businesses and places far more often than of people.
pub fn table_is_thing(table: &str) -> bool {
    const LATIN: &[&str] = &[
        "product",
        "produkt",
        "produit",
        "producto",
        "prodott",
        "produto",
        "ürün",
        "urun",
        "item",
        "article",
        "artikel",
        "categor",
        "kategor",
        "store",
        "shop",
        "branch",
        "filial",
        "magasin",
        "tienda",
        "negozi",
        "loja",
        "winkel",
        "sklep",
        "butik",
        "mağaza",
        "magaza",
        "city",
        "cities",
        "stadt",
        "städte",
        "staedte",
        "ville",
        "ciudad",
        "citta",
        "città",
        "cidade",
        "stad",
        "miast",
        "şehir",
        "sehir",
        "country",
        "countries",
        "region",
        "warehouse",
        "lager",
        "supplier",
        "vendor",
        "proveedor",
        "fournisseur",
        "fornitor",
        "fornecedor",
        "lieferant",
        "leverancier",
        "dostawc",
        "leverantör",
        "tedarik",
        "compan",
        "firma",
        "firmen",
        "empresa",
        "societe",
        "société",
        "aziend",
        "bedrijf",
        "företag",
        "şirket",
        "brand",
        "marke",
        "marque",
        "marca",
        "tag",
        "genre",
        "catalog",
        "katalog",
        "sku",
        "inventor",
        "location",
        // Organisations and their premises (the Ohana API's `organizations`, NetBox's
        // `dcim_site`, LADA's `meas_facil`, a Supabase app's `partners` and `restaurants`,
        // Northwind's `shippers`).
        "organi",
        "partner",
        "restaurant",
        "hotel",
        "venue",
        "shipper",
        "publish",
        "agenc",
        "institut",
        "facil",
        "site",
        "standort",
        "sede",
        "vestiging",
        "oddzial",
        "filialen",
        "товар",
        "магазин",
        "категор",
        "город",
        "компани",
        "поставщик",
        "склад",
        "language",
        "lang",
        "sprache",
        "langue",
        "idioma",
        "lingua",
        "taal",
        "język",
        "jezyk",
        "språk",
        "currenc",
        "währung",
        "devise",
        "moneda",
        "valuta",
        "role",
        "status",
        "unit",
        "genre",
        "язык",
        "валют",
    ];
    const CJK: &[&str] = &[
        "商品",
        "产品",
        "製品",
        "店",
        "城市",
        "都市",
        "分类",
        "分類",
        "类别",
        "カテゴリ",
        "会社",
        "公司",
        "供应商",
        "仕入先",
        "카테고리",
        "상품",
        "제품",
        "매장",
        "지점",
        "도시",
        "회사",
        "거래처",
        "उत्पाद",
        "दुकान",
        "शहर",
        "श्रेणी",
        "कंपनी",
    ];
    let (base, _) = normalise(table.rsplit('.').next().unwrap_or(table));
    CJK.iter().any(|w| base.contains(w)) || base.split('_').any(|t| LATIN.iter().any(|w| t.starts_with(w)))
}

/// Does the table's name say its rows are organisations, premises or things, and not also
/// people (`suppliers`, `dcim_site`, `restaurants`; not `customer_locations`)? A street
/// address or phone number there is most likely theirs: reported, but not as a person's.
pub fn table_of_organisations(table: &str) -> bool {
    table_is_thing(table) && !table_of_people(table)
}

/// Does the column's name say it holds a code, key or count of the application (`slug`,
/// `codename`, `sku`, `status`, `id`, `qty`), which look like logins and postcodes by value?
pub fn names_a_code(column: &str) -> bool {
    const CODES: &[&str] = &[
        "slug", "code", "codename", "key", "sku", "type", "kind", "status", "state", "role", "locale", "lang",
        "language", "theme", "tag", "tags", "category", "path", "file", "filename", "format", "mode", "level",
        "version", "method", "action", "event", "source", "channel", "provider", "service", "plan", "tier", "currency",
        "unit", "id", "ids", "pk", "seq", "num", "nr", "no", "number", "count", "qty", "quantity", "amount", "total",
        "year", "position", "rank",
    ];
    let (base, _) = normalise(column);
    base.split('_').any(|t| CODES.contains(&t))
}

/// Does the column's name say it holds a book's, a periodical's or a product's number (`isbn`,
/// `issn`, `ean13`, `upc`, `gtin`)? They carry check digits as national ids do.
pub fn names_an_article_number(column: &str) -> bool {
    const ARTICLES: &[&str] = &[
        "isbn", "isbn10", "isbn13", "issn", "ismn", "ean", "ean8", "ean13", "upc", "gtin", "gtin13", "gtin14", "asin",
        "barcode", "mpn", "doi",
    ];
    let (base, _) = normalise(column);
    base.split('_').any(|t| ARTICLES.contains(&t))
}

/// Does the column's name say it holds a place (`location`, `lieu`, `venue`, `standort`)? Person
/// names found there by value are towns named for saints and people (`Saint-Pierre`, `Le Robert`).
pub fn names_a_place(column: &str) -> bool {
    const PLACES: &[&str] = &[
        "location",
        "locations",
        "loc",
        "place",
        "places",
        "venue",
        "venues",
        "lieu",
        "lieux",
        "lugar",
        "luogo",
        "local",
        "localisation",
        "ubicacion",
        "localizacao",
        "standort",
        "ort",
        "plaats",
        "locatie",
        "plats",
        "miejsce",
        "lokalizacja",
        "konum",
        "yer",
        "destination",
        "destino",
        "site",
        "area",
        "zone",
        "region",
    ];
    let (base, _) = normalise(column);
    base.split('_').any(|t| PLACES.contains(&t))
        || hint(column).is_some_and(|h| matches!(h.kind, Kind::City | Kind::StreetAddress | Kind::Postcode))
}

/// Does the column's name say it holds sex or gender (for the quasi-identifier check)?
pub fn is_gender(column: &str) -> bool {
    let (base, _) = normalise(column);
    let whole_only = describes_only(&base);
    VOCABULARY
        .iter()
        .any(|e| e.kind.is_none() && if whole_only { base == e.name } else { matches(e, &base) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(c: &str) -> Option<(Kind, bool)> {
        hint(c).map(|h| (h.kind, h.strong))
    }

    #[test]
    fn names_in_many_languages() {
        assert_eq!(h("nachname"), Some((Kind::PersonName, true)));
        assert_eq!(h("Telefonnummer"), Some((Kind::Phone, true)));
        assert_eq!(h("plz"), Some((Kind::Postcode, false)));
        assert_eq!(h("postleitzahl"), Some((Kind::Postcode, true)));
        assert_eq!(h("顧客電話番号"), Some((Kind::Phone, true)));
        assert_eq!(h("手机号"), Some((Kind::Phone, true)));
        assert_eq!(h("주민등록번호"), Some((Kind::NationalId, true)));
        assert_eq!(h("фамилия"), Some((Kind::PersonName, true)));
        assert_eq!(h("дата_рождения"), Some((Kind::DateOfBirth, true)));
        assert_eq!(h("जन्म_तिथि"), Some((Kind::DateOfBirth, true)));
        assert_eq!(h("Mädchenname"), Some((Kind::PersonName, true)));
        assert_eq!(h("customerEmailAddress"), Some((Kind::Email, true)));
        assert_eq!(h("mac_address"), Some((Kind::MacAddress, true)));
        assert_eq!(h("kennzeichen"), Some((Kind::LicencePlate, true)));
        assert_eq!(h("passport_no"), Some((Kind::Passport, true)));
        // A network's address in any language is no street's: its values decide.
        for c in [
            "ipv6アドレス",
            "ipv6地址",
            "ipv6주소",
            "ipv6_адрес",
            "adresse_ipv6",
            "direccion_ipv6",
        ] {
            assert_ne!(h(c).map(|x| x.0), Some(Kind::StreetAddress), "{c}");
        }
    }

    #[test]
    fn ambiguous_names_are_hints() {
        for c in ["name", "nombre", "nom", "名前", "display_name", "lat", "longitude"] {
            assert!(
                matches!(hint(c), Some(Hint { strong: false, .. })),
                "{c}: {:?}",
                hint(c)
            );
        }
    }

    #[test]
    fn no_substrings_and_no_descriptions() {
        for c in [
            "hotel",
            "report",
            "sort_order",
            "email_verified",
            "phone_type",
            "address_id",
            "created_at",
            "c1",
            "field_7",
        ] {
            assert_eq!(hint(c), None, "{c}");
        }
        assert!(table_is_thing("public.stores") && table_is_thing("城市") && !table_is_thing("kunden"));
        for t in [
            "public.suppliers",
            "public.dcim_site",
            "master.meas_facil",
            "public.organizations",
            "restaurants",
        ] {
            assert!(table_of_organisations(t), "{t}");
        }
        for t in [
            "public.customer_locations",
            "public.users",
            "public.addresses",
            "public.sitemaps_users",
        ] {
            assert!(!table_of_organisations(t), "{t}");
        }
        assert!(table_of_people("public.contacts") && table_of_people("kunden") && table_of_people("\"顧客一覧\""));
        assert!(!table_of_people("public.products") && !table_of_people("public.categories"));
        assert_eq!(h("home_lat"), Some((Kind::Geolocation, false)));
        assert!(is_gender("geschlecht") && is_gender("性别") && !is_gender("gender_identity_policy_url"));
        assert!(names_a_place("location") && names_a_place("lieu_rdv") && names_a_place("Stadt"));
        assert!(!names_a_place("contact_name") && !names_a_place("nom") && !names_a_place("allocation"));
    }
}
