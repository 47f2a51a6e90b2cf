#!/usr/bin/env python3
"""Person-data column benchmark: how many of the columns that hold data about people does
`pgscreen scan` find, and how many columns that do not does it flag? Microsoft Presidio's
pattern recognizers are scored beside it on the same columns.

What it measures
  A plain-SQL dump shaped like pg_dump output holds Faker-generated people in 16 locales
  (one schema per locale). Each locale has three person tables, one per naming style:
    native   column names in the locale's language (nachname, 電話番号, фамилия, ...)
    english  first_name, phone, dob, zip, ...
    opaque   c1, field_7, col_3, attr12 ...: only the values can tell
  and decoy tables that hold no person data (products, orders, stores, categories, cities,
  positions, payments), plus a few decoy columns inside the person tables. The ground truth
  (one row per column, with its kind of person data or null) is written beside the dump.

  A column counts as FOUND by pgscreen when a finding of category "pii" names it, and as
  found with the RIGHT KIND when the finding's rule matches the column's kind
  (pii-person-name for given/family/full names, pii-ip-address also for IPv6, ...). A pii
  finding on a column that holds no person data is a false positive; column precision is
  true flagged columns / all flagged columns.

  Presidio is run on up to 50 non-null values of each column, pattern recognizers only (the
  spaCy model it uses for names and places is not on PyPI; see presidio_engine()), and calls
  the column PII when at least half the sampled values give an entity with score >= 0.4.

Run it
  python3 scripts/pii-bench.py [--markdown] [--no-presidio] [--list-missed [KIND|LOCALE]]
                               [--list-fp] [--rows N] [--seed N] [--regen] [--pgscreen PATH]

  The first run makes a venv at target/pii-bench-venv with pinned Faker and presidio-analyzer
  (from PyPI) and re-runs itself inside it. The dump goes to bench-data/pii/pii-bench.sql, the
  truth to bench-data/pii/pii-bench.truth.json; both are reused while the generator's
  parameters match (--regen forces a new dump). Presidio's answers are cached beside them
  (keyed by the dump's hash), since it takes minutes to analyze every column.
"""
import argparse
import collections
import datetime
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import time
import types

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
VENV = os.path.join(ROOT, "target", "pii-bench-venv")
DATA_DIR = os.path.join(ROOT, "bench-data", "pii")
DUMP = os.path.join(DATA_DIR, "pii-bench.sql")
TRUTH = os.path.join(DATA_DIR, "pii-bench.truth.json")
PRESIDIO_CACHE = os.path.join(DATA_DIR, "pii-bench.presidio.json")

FAKER_PIN = "40.63.0"
PRESIDIO_PIN = "2.2.366"
PHONENUMBERS_PIN = "9.0.43"  # Presidio's phone recognizer; pinned so its answers stay put
PINS = [f"faker=={FAKER_PIN}", f"presidio-analyzer=={PRESIDIO_PIN}",
        f"phonenumbers=={PHONENUMBERS_PIN}"]

# Bump when the generator changes what it writes, so an old dump is not reused.
GENERATOR_VERSION = 2
DEFAULT_SEED = 1729
DEFAULT_ROWS = 150

# Presidio column decision: a column is PII when at least PRESIDIO_MIN_SHARE of its sampled
# values (up to PRESIDIO_SAMPLE non-null ones) give an entity scoring PRESIDIO_MIN_SCORE or more.
PRESIDIO_SAMPLE = 50
PRESIDIO_MIN_SCORE = 0.4
PRESIDIO_MIN_SHARE = 0.5

# Faker's sv_SE and zh_CN ssn() count back from today; pin "today" so dumps do not change
# from one day to the next.
REFERENCE_DAY = datetime.date(2025, 1, 1)

KINDS = ["given-name", "family-name", "full-name", "email", "phone", "street-address", "city",
         "postcode", "date-of-birth", "national-id", "iban", "credit-card", "ip-address", "ipv6",
         "mac-address", "username", "passport", "driver-licence", "licence-plate", "geolocation"]
STYLES = ["native", "english", "opaque"]


# --------------------------------------------------------------------------------------------
# venv bootstrap
# --------------------------------------------------------------------------------------------

def in_venv():
    return os.path.realpath(sys.prefix) == os.path.realpath(VENV)


def ensure_venv_and_reexec():
    """Make the venv with the pinned packages (once) and run this script again inside it,
    with PYTHONHASHSEED=0: some Faker locales (it_IT's cities) draw from lists built out of
    sets, whose order would otherwise change from run to run."""
    if in_venv() and os.environ.get("PYTHONHASHSEED") == "0":
        return
    os.environ["PYTHONHASHSEED"] = "0"
    py = os.path.join(VENV, "bin", "python")
    marker = os.path.join(VENV, "pii-bench-pins.txt")
    wanted = "\n".join(PINS) + "\n"
    have = open(marker).read() if os.path.exists(marker) else None
    if have != wanted:
        if not os.path.exists(py):
            print(f"making venv {VENV} ...", file=sys.stderr)
            subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        print(f"installing {' '.join(PINS)} ...", file=sys.stderr)
        subprocess.run([py, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        *PINS], check=True)
        with open(marker, "w") as f:
            f.write(wanted)
    os.execv(py, [py, os.path.abspath(__file__), *sys.argv[1:]])


# --------------------------------------------------------------------------------------------
# Locale vocabulary: table and column names in each locale's own language
# --------------------------------------------------------------------------------------------
# Person-kind keys used below (mapped to KINDS by KEY_KIND): given family full email phone
# street city postcode dob natid iban card ipv4 ipv6 mac username passport plate geo.
# geo is either a (lat, lon) pair of numeric columns or one "lat,lon" text column.

KEY_KIND = {"given": "given-name", "family": "family-name", "full": "full-name",
            "email": "email", "phone": "phone", "street": "street-address", "city": "city",
            "postcode": "postcode", "dob": "date-of-birth", "natid": "national-id",
            "iban": "iban", "card": "credit-card", "ipv4": "ip-address", "ipv6": "ipv6",
            "mac": "mac-address", "username": "username", "passport": "passport",
            "plate": "licence-plate", "geo": "geolocation"}
PERSON_KEYS = list(KEY_KIND)


def _cols(*names):
    """The native column names, in PERSON_KEYS order (None: not used in this locale)."""
    return dict(zip(PERSON_KEYS, names))


LOCALES = {
    "en_US": dict(
        country="US", dob_format="{m:02}/{d:02}/{y}", person_table="patient_records",
        cols=_cols("fname", "lname", "patient_name", "email_addr", "home_phone", "addr_line_1",
                   "res_city", "zip5", "birthdate", "ssn", "iban", "cc_num", "client_ip",
                   "client_ipv6", "hw_addr", "login_name", "passport_no", "tag_number",
                   ("home_lat", "home_lng")),
        decoy_tables=dict(products="products", orders="orders", stores="stores",
                          categories="categories", cities="cities", positions="positions",
                          payments="payments"),
        name_word="name", city_word="city",
        categories=["Electronics", "Garden", "Toys", "Office Supplies", "Grocery", "Pet Care",
                    "Automotive", "Sporting Goods", "Home Decor", "Pharmacy", "Books"]),
    "en_GB": dict(
        country="GB", dob_format="{d:02}/{m:02}/{y}", person_table="members",
        cols=_cols("forename", "surname", "member_name", "email_address", "mobile_no",
                   "address_1", "town", "postcode", "date_of_birth", "ni_number", "iban",
                   "card_no", "ip_addr", "ipv6_addr", "mac_addr", "username", "passport_no",
                   "reg_plate", "location"),
        decoy_tables=dict(products="products", orders="orders", stores="shops",
                          categories="categories", cities="towns", positions="job_roles",
                          payments="payments"),
        name_word="name", city_word="town",
        categories=["HOMEWARE", "STATIONERY", "GARDENING", "TOYS & GAMES", "HEALTH & BEAUTY",
                    "DIY", "KITCHEN", "PET SUPPLIES", "BABY", "MOTORING"]),
    "de_DE": dict(
        country="DE", dob_format="{d:02}.{m:02}.{y}", person_table="kunden",
        cols=_cols("vorname", "nachname", "name", "e_mail", "telefonnummer", "strasse", "ort",
                   "plz", "geburtsdatum", "rv_nummer", "iban", "kreditkartennummer",
                   "ip_adresse", "ipv6_adresse", "mac_adresse", "benutzername", "reisepass",
                   "kfz_kennzeichen", ("breitengrad", "laengengrad")),
        decoy_tables=dict(products="artikel", orders="bestellungen", stores="filialen",
                          categories="kategorien", cities="staedte", positions="stellen",
                          payments="zahlungen"),
        name_word="name", city_word="stadt",
        categories=["Elektronik", "Haushalt", "Garten", "Spielwaren", "Bürobedarf",
                    "Drogerie", "Werkzeug", "Lebensmittel", "Sportartikel", "Tierbedarf"]),
    "fr_FR": dict(
        country="FR", dob_format="{d:02}/{m:02}/{y}", person_table="clients",
        cols=_cols("prenom", "nom", "nom_complet", "courriel", "telephone", "adresse", "ville",
                   "code_postal", "date_de_naissance", "numero_secu", "iban", "numero_carte",
                   "adresse_ip", "adresse_ipv6", "adresse_mac", "identifiant", "passeport",
                   "immatriculation", "coordonnees"),
        decoy_tables=dict(products="produits", orders="commandes", stores="magasins",
                          categories="categories", cities="villes", positions="postes",
                          payments="paiements"),
        name_word="nom", city_word="ville",
        categories=["ÉLECTROMÉNAGER", "PAPETERIE", "JARDIN", "JOUETS", "BRICOLAGE",
                    "ÉPICERIE", "HYGIÈNE", "LIBRAIRIE", "ANIMALERIE", "AUTOMOBILE"]),
    "es_ES": dict(
        country="ES", dob_format="{d:02}/{m:02}/{y}", person_table="clientes",
        cols=_cols("nombre", "apellidos", "nombre_completo", "correo_electronico", "telefono",
                   "direccion", "ciudad", "codigo_postal", "fecha_nacimiento", "dni", "iban",
                   "numero_tarjeta", "direccion_ip", "direccion_ipv6", "direccion_mac",
                   "usuario", "pasaporte", "matricula", ("latitud", "longitud")),
        decoy_tables=dict(products="productos", orders="pedidos", stores="tiendas",
                          categories="categorias", cities="ciudades", positions="puestos",
                          payments="pagos"),
        name_word="nombre", city_word="ciudad",
        categories=["MANTENIMIENTO", "PAPELERIA", "FERRETERIA", "LIMPIEZA", "ELECTRONICA",
                    "JARDINERIA", "ALIMENTACION", "JUGUETES", "DROGUERIA", "MENAJE"]),
    "it_IT": dict(
        country="IT", dob_format="{d:02}/{m:02}/{y}", person_table="clienti",
        cols=_cols("nome", "cognome", "nominativo", "email", "telefono", "indirizzo", "citta",
                   "cap", "data_nascita", "codice_fiscale", "iban", "numero_carta",
                   "indirizzo_ip", "indirizzo_ipv6", "indirizzo_mac", "nome_utente",
                   "passaporto", "targa", ("latitudine", "longitudine")),
        decoy_tables=dict(products="prodotti", orders="ordini", stores="negozi",
                          categories="categorie", cities="comuni", positions="mansioni",
                          payments="pagamenti"),
        name_word="nome", city_word="citta",
        categories=["CANCELLERIA", "ELETTRONICA", "GIARDINAGGIO", "GIOCATTOLI", "FERRAMENTA",
                    "ALIMENTARI", "PROFUMERIA", "CASALINGHI", "ANIMALI", "LIBRERIA"]),
    "nl_NL": dict(
        country="NL", dob_format="{d:02}-{m:02}-{y}", person_table="klanten",
        cols=_cols("voornaam", "achternaam", "volledige_naam", "e_mailadres",
                   "telefoonnummer", "adres", "woonplaats", "postcode", "geboortedatum", "bsn",
                   "iban", "kaartnummer", "ip_adres", "ipv6_adres", "mac_adres",
                   "gebruikersnaam", "paspoort", "kenteken", "locatie"),
        decoy_tables=dict(products="producten", orders="bestellingen", stores="winkels",
                          categories="categorieen", cities="steden", positions="functies",
                          payments="betalingen"),
        name_word="naam", city_word="stad",
        categories=["Elektronica", "Tuin", "Speelgoed", "Kantoorartikelen", "Huishouden",
                    "Gereedschap", "Verzorging", "Boeken", "Dierenbenodigdheden", "Sport"]),
    "pt_BR": dict(
        country="BR", dob_format="{d:02}/{m:02}/{y}", person_table="clientes",
        cols=_cols("nome", "sobrenome", "nome_completo", "email", "celular", "endereco",
                   "cidade", "cep", "data_nascimento", "cpf", "iban", "numero_cartao",
                   "endereco_ip", "endereco_ipv6", "endereco_mac", "usuario", "passaporte",
                   "placa", ("latitude", "longitude")),
        decoy_tables=dict(products="produtos", orders="pedidos", stores="lojas",
                          categories="categorias", cities="cidades", positions="cargos",
                          payments="pagamentos"),
        name_word="nome", city_word="cidade",
        categories=["PAPELARIA", "ELETRÔNICOS", "LIMPEZA", "JARDINAGEM", "BRINQUEDOS",
                    "FERRAGENS", "MERCEARIA", "PERFUMARIA", "PET SHOP", "UTILIDADES"]),
    "pl_PL": dict(
        country="PL", dob_format="{d:02}.{m:02}.{y}", person_table="klienci",
        cols=_cols("imie", "nazwisko", "imie_i_nazwisko", "adres_email", "telefon", "ulica",
                   "miasto", "kod_pocztowy", "data_urodzenia", "pesel", "iban", "numer_karty",
                   "adres_ip", "adres_ipv6", "adres_mac", "login", "paszport",
                   "nr_rejestracyjny", ("szerokosc", "dlugosc")),
        decoy_tables=dict(products="produkty", orders="zamowienia", stores="sklepy",
                          categories="kategorie", cities="miasta", positions="stanowiska",
                          payments="platnosci"),
        name_word="nazwa", city_word="miasto",
        categories=["ELEKTRONIKA", "OGRÓD", "ZABAWKI", "ARTYKUŁY BIUROWE", "CHEMIA",
                    "NARZĘDZIA", "SPOŻYWCZE", "KOSMETYKI", "ZOOLOGICZNE", "KSIĄŻKI"]),
    "sv_SE": dict(
        country="SE", dob_format="{y}-{m:02}-{d:02}", person_table="kunder",
        cols=_cols("fornamn", "efternamn", "namn", "epost", "telefonnummer", "gatuadress",
                   "ort", "postnummer", "fodelsedatum", "personnummer", "iban", "kortnummer",
                   "ip_adress", "ipv6_adress", "mac_adress", "anvandarnamn", "pass",
                   "registreringsnummer", "position"),
        decoy_tables=dict(products="produkter", orders="bestallningar", stores="butiker",
                          categories="kategorier", cities="stader", positions="befattningar",
                          payments="betalningar"),
        name_word="namn", city_word="stad",
        categories=["Elektronik", "Trädgård", "Leksaker", "Kontorsmaterial", "Hushåll",
                    "Verktyg", "Livsmedel", "Hygien", "Djurtillbehör", "Böcker"]),
    "ja_JP": dict(
        country="JP", dob_format="{y}年{m:02}月{d:02}日", person_table="顧客",
        cols=_cols("mei", "sei", "氏名", "メールアドレス", "電話番号", "住所", "市区町村",
                   "郵便番号", "生年月日", "マイナンバー", "iban", "カード番号", "ipアドレス",
                   "ipv6アドレス", "macアドレス", "ユーザー名", "旅券番号", "ナンバー",
                   ("緯度", "経度")),
        decoy_tables=dict(products="商品", orders="注文", stores="店舗", categories="カテゴリ",
                          cities="都市", positions="職種", payments="支払い"),
        name_word="名前", city_word="市区町村",
        categories=["家電", "文房具", "食品", "日用品", "おもちゃ", "園芸用品", "書籍",
                    "化粧品", "ペット用品", "工具"]),
    "zh_CN": dict(
        country="CN", dob_format="{y}年{m}月{d}日", person_table="客户",
        cols=_cols("名", "姓", "姓名", "邮箱", "手机号", "地址", "城市", "邮编", "出生日期",
                   "身份证号", "iban", "银行卡号", "ip地址", "ipv6地址", "mac地址", "用户名",
                   "护照号", "车牌号", "坐标"),
        decoy_tables=dict(products="商品", orders="订单", stores="门店", categories="类别",
                          cities="城市", positions="职位", payments="支付"),
        name_word="名称", city_word="城市",
        categories=["电子产品", "办公用品", "食品", "日用品", "玩具", "园艺", "图书",
                    "化妆品", "宠物用品", "五金工具"]),
    "ko_KR": dict(
        country="KR", dob_format="{y}.{m:02}.{d:02}", person_table="고객",
        cols=_cols("이름", "성", "성명", "이메일", "전화번호", "주소", "도시", "우편번호",
                   "생년월일", "주민등록번호", "iban", "카드번호", "ip주소", "ipv6주소", "mac주소",
                   "아이디", "여권번호", "차량번호", ("위도", "경도")),
        decoy_tables=dict(products="상품", orders="주문", stores="매장", categories="카테고리",
                          cities="도시", positions="직무", payments="결제"),
        name_word="이름", city_word="도시",
        categories=["전자제품", "문구", "식품", "생활용품", "완구", "원예", "도서", "화장품",
                    "반려동물용품", "공구"]),
    "ru_RU": dict(
        country="RU", dob_format="{d:02}.{m:02}.{y}", person_table="клиенты",
        cols=_cols("имя", "фамилия", "фио", "эл_почта", "телефон", "адрес", "город", "индекс",
                   "дата_рождения", "инн", "iban", "номер_карты", "ip_адрес", "ipv6_адрес",
                   "mac_адрес", "логин", "паспорт", "госномер", ("широта", "долгота")),
        decoy_tables=dict(products="товары", orders="заказы", stores="магазины",
                          categories="категории", cities="города", positions="должности",
                          payments="платежи"),
        name_word="название", city_word="город",
        categories=["ЭЛЕКТРОНИКА", "КАНЦТОВАРЫ", "САД И ОГОРОД", "ИГРУШКИ", "ХОЗТОВАРЫ",
                    "ПРОДУКТЫ", "КОСМЕТИКА", "ИНСТРУМЕНТЫ", "ЗООТОВАРЫ", "КНИГИ"]),
    "hi_IN": dict(
        country="IN", dob_format="{d:02}/{m:02}/{y}", person_table="ग्राहक",
        cols=_cols("नाम", "उपनाम", "पूरा_नाम", "ईमेल", "फ़ोन", "पता", "शहर", "pincode",
                   "जन्म_तिथि", "आधार", "iban", "कार्ड_संख्या", "आईपी_पता", "ipv6", "मैक_पता",
                   "उपयोगकर्ता_नाम", "पासपोर्ट", "वाहन_संख्या", "स्थान"),
        decoy_tables=dict(products="उत्पाद", orders="ऑर्डर", stores="स्टोर",
                          categories="श्रेणियाँ", cities="शहर", positions="पद",
                          payments="भुगतान"),
        name_word="नाम", city_word="शहर",
        categories=["इलेक्ट्रॉनिक्स", "स्टेशनरी", "किराना", "खिलौने", "बागवानी", "पुस्तकें",
                    "सौंदर्य", "घरेलू सामान", "औज़ार", "पालतू सामान"]),
    "tr_TR": dict(
        country="TR", dob_format="{d:02}.{m:02}.{y}", person_table="musteriler",
        cols=_cols("ad", "soyad", "ad_soyad", "eposta", "telefon", "adres", "sehir",
                   "posta_kodu", "dogum_tarihi", "tc_kimlik_no", "iban", "kart_no", "ip_adresi",
                   "ipv6_adresi", "mac_adresi", "kullanici_adi", "pasaport_no", "plaka",
                   ("enlem", "boylam")),
        decoy_tables=dict(products="urunler", orders="siparisler", stores="magazalar",
                          categories="kategoriler", cities="sehirler", positions="pozisyonlar",
                          payments="odemeler"),
        name_word="ad", city_word="sehir",
        categories=["ELEKTRONİK", "KIRTASİYE", "BAHÇE", "OYUNCAK", "HIRDAVAT", "GIDA",
                    "KOZMETİK", "TEMİZLİK", "KİTAP", "EVCİL HAYVAN"]),
}

ENGLISH_NAMES = {
    "given": ["first_name", "given_name", "firstname", "first"],
    "family": ["last_name", "surname", "family_name", "lastname"],
    "full": ["full_name", "display_name", "customer_name", "contact_name", "name"],
    "email": ["email", "email_address", "contact_email", "mail"],
    "phone": ["phone", "mobile", "phone_number", "tel", "cell_phone", "contact_phone"],
    "street": ["address", "street_address", "street", "address_line1"],
    "city": ["city", "home_city", "town"],
    "postcode": ["zip", "postcode", "postal_code", "zip_code"],
    "dob": ["dob", "birth_date", "date_of_birth", "birthday"],
    "natid": ["national_id", "tax_id", "id_number", "personal_id", "ssn"],
    "iban": ["iban", "bank_account", "account_iban", "payout_iban"],
    "card": ["card_number", "cc_number", "pan", "credit_card"],
    "ipv4": ["ip", "ip_address", "last_login_ip", "signup_ip"],
    "ipv6": ["ipv6", "ip6", "last_ipv6", "ipv6_address"],
    "mac": ["mac", "mac_address", "device_mac"],
    "username": ["username", "login", "user_name", "handle", "nickname"],
    "passport": ["passport_no", "passport_number", "passport"],
    "plate": ["license_plate", "plate", "car_plate", "vehicle_reg"],
    "geo": [("lat", "lng"), ("latitude", "longitude"), ("home_lat", "home_lon"), "location",
            "geo"],
}
ENGLISH_TABLES = ["customers", "users", "contacts", "accounts", "employees", "subscribers",
                  "clients", "people", "profiles", "applicants", "guests", "students",
                  "drivers", "tenants", "patients", "volunteers"]
OPAQUE_COLUMN_FORMS = ["c{}", "field_{}", "col_{}", "attr{}", "f{}", "x{}", "v{}"]
OPAQUE_TABLE_FORMS = ["t_{:04d}", "tbl{}", "data_{}", "obj_{:03d}", "r{}"]

# National ids: which Faker method gives the locale's id, and whether its values carry a
# valid check digit (read from Faker's source). ja_JP and hi_IN have no id provider of their
# own (ssn() falls back to the US one), so they get no national-id column.
NATIONAL_ID = {
    "en_US": ("ssn", "US SSN", "none (no check digit)"),
    "en_GB": ("ssn", "UK National Insurance number (Faker: ZZ prefix only)", "none"),
    "de_DE": ("rvnr", "Rentenversicherungsnummer (de_DE ssn() is US-shaped)", "valid"),
    "fr_FR": ("ssn", "NIR (numéro de sécurité sociale)", "valid"),
    "es_ES": ("nif", "DNI/NIF (es_ES ssn() is US-shaped)", "valid"),
    "it_IT": ("ssn", "codice fiscale", "valid"),
    "nl_NL": ("ssn", "BSN", "valid"),
    "pt_BR": ("ssn", "CPF", "valid"),
    "pl_PL": ("ssn", "PESEL", "valid"),
    "sv_SE": ("ssn", "personnummer", "valid"),
    "zh_CN": ("ssn", "resident identity card number", "valid"),
    "ko_KR": ("ssn", "RRN-shaped (Faker computes no check digit)", "none"),
    "ru_RU": ("individuals_inn", "INN of a person (ru_RU ssn() is 12 random digits)", "valid"),
    "tr_TR": ("ssn", "T.C. Kimlik No", "valid"),
}

# Faker method per kind whose provider must be the locale's own (else the kind is skipped).
LOCAL_PROVIDER = {"phone": "phone_number", "street": "street_address", "city": "city",
                  "postcode": "postcode", "passport": "passport_number",
                  "plate": "license_plate"}

# Postgres keywords pg_dump would quote as column names (not "unreserved"); those we may use.
QUOTED_KEYWORDS = {"position", "user", "order", "group", "table", "check", "end", "from", "to",
                   "time", "char", "values", "national"}


# --------------------------------------------------------------------------------------------
# SQL text helpers
# --------------------------------------------------------------------------------------------

def quote_ident(name):
    """Quote an identifier as pg_dump's fmtId does: unless it is lower-case ASCII letters,
    digits and underscores (not starting with a digit) and not a keyword."""
    if re.fullmatch(r"[a-z_][a-z0-9_]*", name) and name not in QUOTED_KEYWORDS:
        return name
    return '"' + name.replace('"', '""') + '"'


def copy_text(value):
    """One field in COPY text format."""
    if value is None:
        return "\\N"
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S+00")
    if isinstance(value, datetime.date):
        return value.isoformat()
    s = str(value)
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def copy_unescape(field):
    if field == "\\N":
        return None
    out, i = [], 0
    while i < len(field):
        c = field[i]
        if c == "\\" and i + 1 < len(field):
            n = field[i + 1]
            out.append({"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}.get(n, n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def split_qualified(name):
    """'schema."Table"' -> ('schema', 'Table')."""
    parts, cur, quoted, i = [], [], False, 0
    while i < len(name):
        c = name[i]
        if c == '"':
            if quoted and i + 1 < len(name) and name[i + 1] == '"':
                cur.append('"')
                i += 1
            else:
                quoted = not quoted
        elif c == "." and not quoted:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    parts.append("".join(cur))
    return (parts[0], parts[-1]) if len(parts) > 1 else ("public", parts[0])


# --------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------

def pin_faker_today():
    """Make the two Faker id providers that count back from today use REFERENCE_DAY."""
    import faker.providers.ssn.sv_SE as sv
    import faker.providers.ssn.zh_CN as zh
    fixed_now = datetime.datetime.combine(REFERENCE_DAY, datetime.time(12))
    shim = types.SimpleNamespace(
        datetime=types.SimpleNamespace(now=lambda tz=None: fixed_now),
        date=types.SimpleNamespace(today=lambda: REFERENCE_DAY),
        timedelta=datetime.timedelta)
    sv.datetime = shim
    zh.datetime = shim


def provider_locale(fake, method):
    bound = getattr(fake, method)
    return type(bound.__self__).__module__.rsplit(".", 1)[-1]


def random_day(rng, start, end):
    return start + datetime.timedelta(days=rng.randrange((end - start).days + 1))


def random_moment(rng, start, end):
    span = int((end - start).total_seconds())
    return start + datetime.timedelta(seconds=rng.randrange(span))


def ean13_check_digit(digits12):
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(digits12))
    return str((10 - total % 10) % 10)


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def fail_last_char(value, rng):
    """Change the last character so a check digit/letter no longer matches."""
    last = value[-1]
    if last.isdigit() or last == "X":  # X: the zh_CN check character for 10
        new = str((int(last) + 1 + rng.randrange(8)) % 10) if last != "X" else digits(rng, 1)
    elif last.isalpha():
        letters = "ABCDEFGHJKLMNPQRSTVWXYZ"
        new = rng.choice([c for c in letters if c != last.upper()])
    else:
        new = "0"
    return value[:-1] + new


def dob_text(day, fmt):
    return fmt.format(y=day.year, m=day.month, d=day.day)


def geo_point(fake, rng, country):
    place = fake.local_latlng(country_code=country, coords_only=True)
    if place is None:
        lat, lon = float(fake.latitude()), float(fake.longitude())
    else:
        lat, lon = float(place[0]), float(place[1])
    lat += rng.uniform(-0.08, 0.08)
    lon += rng.uniform(-0.08, 0.08)
    return round(lat, 6), round(lon, 6)


# --------------------------------------------------------------------------------------------
# Table layout
# --------------------------------------------------------------------------------------------

class Column:
    def __init__(self, name, sqltype, kind, make, key=None, note=None):
        self.name, self.sqltype, self.kind, self.make = name, sqltype, kind, make
        self.key, self.note = key, note


class Table:
    def __init__(self, schema, name, style, locale, columns):
        self.schema, self.name, self.style, self.locale = schema, name, style, locale
        self.columns = columns
        self.rows = []


def available_keys(fake, loc):
    """The person kinds this locale gets (a kind is skipped where Faker has no provider)."""
    keys = []
    for key in PERSON_KEYS:
        if key in LOCAL_PROVIDER and provider_locale(fake, LOCAL_PROVIDER[key]) != loc:
            continue
        if key == "natid" and loc not in NATIONAL_ID:
            continue
        keys.append(key)
    return keys


def person_value_makers(fake, loc, spec, style):
    """Per person key: (sql type, function(person) -> value or tuple for geo pairs)."""
    text = "text" if style != "native" else "character varying(120)"
    inet_ip = style == "english"
    full_address = loc in ("ja_JP", "zh_CN") or style == "native"
    iban_grouped = style == "native"
    dob_as_date = style == "english" or (style == "opaque" and list(LOCALES).index(loc) % 2 == 0)
    mac_upper = style == "opaque"

    def address(p):
        if full_address:
            return ", ".join(x.strip() for x in fake.address().splitlines() if x.strip())
        return fake.street_address()

    def iban(p):
        v = fake.iban()
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if iban_grouped else v

    def mac(p):
        v = fake.mac_address()
        return v.upper().replace(":", "-") if mac_upper else v

    def ipv6(p):
        import ipaddress
        v = fake.ipv6()
        return str(ipaddress.ip_address(v)) if inet_ip else v

    makers = {
        "given": (text, lambda p: p["given"]),
        "family": (text, lambda p: p["family"]),
        "full": (text, lambda p: fake.name()),
        "email": (text, lambda p: fake.email()),
        "phone": ("character varying(40)", lambda p: fake.phone_number()),
        "street": (text, address),
        "city": (text, lambda p: fake.city()),
        "postcode": ("character varying(12)", lambda p: fake.postcode()),
        "dob": ("date", lambda p: p["dob"]) if dob_as_date else
               ("character varying(20)", lambda p: dob_text(p["dob"], spec["dob_format"])),
        "natid": ("character varying(32)", lambda p: p["natid"]),
        "iban": ("character varying(42)", iban),
        "card": ("character varying(19)", lambda p: fake.credit_card_number()),
        "ipv4": ("inet" if inet_ip else "character varying(45)", lambda p: fake.ipv4_public()),
        "ipv6": ("inet" if inet_ip else "character varying(45)", ipv6),
        "mac": ("macaddr" if inet_ip else "character varying(17)", mac),
        "username": (text, lambda p: fake.user_name()),
        "passport": ("character varying(20)", lambda p: fake.passport_number()),
        "plate": ("character varying(20)", lambda p: fake.license_plate()),
        "geo": (None, lambda p: p["geo"]),
    }
    return makers


def national_id(fake, loc, dob):
    method = NATIONAL_ID[loc][0]
    if method == "rvnr":
        return fake.rvnr(birthdate=dob)
    if loc == "pl_PL":
        # pl_PL ssn() takes its birth date from date_time() (which counts from today):
        # hand it the person's own, so the PESEL matches the date of birth.
        gen = fake._factories[0] if hasattr(fake, "_factories") else fake
        saved = gen.date_time
        gen.date_time = lambda *a, **k: datetime.datetime.combine(dob, datetime.time())
        try:
            return fake.ssn()
        finally:
            gen.date_time = saved
    return getattr(fake, method)()


def make_person(fake, rng, loc, spec, keys):
    dob = random_day(rng, datetime.date(1935, 1, 1), datetime.date(2006, 12, 31))
    person = {"given": fake.first_name(), "family": fake.last_name(), "dob": dob,
              "geo": geo_point(fake, rng, spec["country"])}
    if "natid" in keys:
        person["natid"] = national_id(fake, loc, dob)
    return person


# Kinds that may be null in some rows, as in a real customer table.
NULLABLE_KEYS = {"phone", "passport", "plate", "ipv6", "mac", "iban", "card", "natid", "geo",
                 "street", "postcode"}


def person_table_decoys(rng):
    """Decoy columns inside a person table: (english name, sql type, make(person) -> value)."""
    t0, t1 = datetime.datetime(2019, 1, 1), datetime.datetime(2026, 6, 30)
    return [
        ("status", "text", lambda p: rng.choice(["active", "active", "active", "blocked"])),
        ("order_count", "integer", lambda p: rng.randrange(0, 240)),
        ("created_at", "timestamp with time zone", lambda p: random_moment(rng, t0, t1)),
        ("plan", "text", lambda p: rng.choice(["free", "pro", "team", "enterprise"])),
    ]


class OpaqueNamer:
    def __init__(self, rng):
        self.rng, self.used = rng, set()

    def column(self):
        while True:
            name = self.rng.choice(OPAQUE_COLUMN_FORMS).format(self.rng.randrange(1, 60))
            if name not in self.used:
                self.used.add(name)
                return name


def person_column_names(loc, spec, style, rng, keys, namer):
    """Per key, the column name (or (lat, lon) names for a geo pair) in this style."""
    names = {}
    for key in keys:
        if style == "native":
            names[key] = spec["cols"][key]
        elif style == "english":
            names[key] = rng.choice(ENGLISH_NAMES[key])
        else:
            names[key] = (namer.column(), namer.column()) if (key == "geo" and rng.random() < .5) \
                else namer.column()
    if style == "english":  # "name" for the full name and "login" etc. may repeat: dedupe
        seen = set()
        for key in keys:
            if isinstance(names[key], str):
                while names[key] in seen:
                    names[key] = rng.choice(ENGLISH_NAMES[key]) + "_" + str(rng.randrange(2, 9))
                seen.add(names[key])
    return names


def build_person_table(fake, rng, loc, spec, style, schema, table_name, keys, rows):
    namer = OpaqueNamer(rng)
    names = person_column_names(loc, spec, style, rng, keys, namer)
    makers = person_value_makers(fake, loc, spec, style)
    id_name = namer.column() if style == "opaque" else "id"
    columns = [Column(id_name, "bigint", None, None, key="id")]
    for key in keys:
        sqltype, make = makers[key]
        kind = KEY_KIND[key]
        note = None
        if key == "iban" and loc == "zh_CN":
            note = ("Faker zh_CN iban() writes GB IBANs of 21 characters (a GB IBAN has 22): "
                    "mod-97 valid, wrong length")
        if key == "natid":
            note = f"{NATIONAL_ID[loc][1]}; Faker {NATIONAL_ID[loc][0]}(); checksum {NATIONAL_ID[loc][2]}"
        if key == "geo":
            if isinstance(names[key], tuple):
                lat_name, lon_name = names[key]
                columns.append(Column(lat_name, "numeric(9,6)", kind, None, key="geo-lat",
                                      note="latitude of the person's home (numeric pair)"))
                columns.append(Column(lon_name, "numeric(9,6)", kind, None, key="geo-lon",
                                      note="longitude of the person's home (numeric pair)"))
            else:
                columns.append(Column(names[key], "text", kind, None, key="geo-text",
                                      note="'lat,lon' of the person's home in one text column"))
            continue
        columns.append(Column(names[key], sqltype, kind, make, key=key, note=note))
    for dname, dtype, dmake in person_table_decoys(rng):
        columns.append(Column(namer.column() if style == "opaque" else dname, dtype, None, dmake,
                              key="decoy"))
    if style == "opaque":
        rest = columns[1:]
        rng.shuffle(rest)
        columns = columns[:1] + rest
    table = Table(schema, table_name, style, loc, columns)
    for i in range(rows):
        person = make_person(fake, rng, loc, spec, keys)
        row = []
        for col in columns:
            row.append(person_cell(col, person, i, rng))
        table.rows.append(row)
    return table


def person_cell(col, person, i, rng):
    if col.key == "id":
        return 1000 + i
    if col.key in ("geo-lat", "geo-lon", "geo-text"):
        if rng.random() < 0.06:
            return None
        lat, lon = person["geo"]
        return {"geo-lat": f"{lat:.6f}", "geo-lon": f"{lon:.6f}",
                "geo-text": f"{lat:.6f},{lon:.6f}"}[col.key]
    if col.key in NULLABLE_KEYS and rng.random() < 0.06:
        return None
    return col.make(person)


# --------------------------------------------------------------------------------------------
# Decoy tables
# --------------------------------------------------------------------------------------------

def product_name(fake, rng):
    word = fake.word()
    return f"{word[:1].upper()}{word[1:]} {rng.choice(['Pro', 'Max', 'Mini', 'Plus', 'Lite', 'X', 'S'])} {rng.randrange(100, 999)}"


def ean13(rng):
    body = rng.choice(["40", "50", "54", "57", "59", "73", "76", "80", "84", "87", "45", "69",
                       "88", "46", "89", "86"]) + digits(rng, 10)
    return body + ean13_check_digit(body)


def isbn13(rng):
    body = rng.choice(["978", "979"]) + digits(rng, 9)
    return body + ean13_check_digit(body)


def card_shaped_failing(rng):
    """16 digits that start like a Visa/Mastercard number but fail the Luhn check."""
    body = rng.choice(["4", "5"]) + digits(rng, 14)
    good = next(d for d in "0123456789" if luhn_valid(body + d))
    bad = rng.choice([d for d in "0123456789" if d != good])
    return body + bad


def luhn_valid(number):
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def phone_shaped_part_no(rng):
    shape = rng.choice(["###-####-###", "##-####-####", "####-###-####", "(###) ###-####",
                        "### ### ####"])
    return "".join(str(rng.randrange(10)) if c == "#" else c for c in shape)


def decoy_table_specs(fake, rng, loc, spec, natid_ok):
    """Per decoy table: list of (column name, sql type, make(i) -> value)."""
    t_orders0, t_orders1 = datetime.datetime(2020, 1, 1), datetime.datetime(2026, 6, 30)
    name_word = spec["name_word"]
    orders = [
        ("id", "bigint", lambda i: 50000 + i),
        ("order_no", "character varying(24)",
         lambda i: rng.choice([f"ORD-{rng.randrange(2020, 2027)}-{rng.randrange(10**6):06d}",
                               f"{rng.randrange(2020, 2027)}{rng.randrange(10**7):07d}"])),
        ("order_date", "date",
         lambda i: random_day(rng, datetime.date(2020, 1, 1), datetime.date(2026, 6, 30))),
        ("shipped_at", "timestamp with time zone",
         lambda i: random_moment(rng, t_orders0, t_orders1)),
        ("total", "numeric(10,2)", lambda i: f"{rng.uniform(3, 900):.2f}"),
        ("quantity", "integer", lambda i: rng.randrange(1, 20)),
        ("currency", "character(3)", lambda i: rng.choice(["EUR", "USD", "GBP", "JPY", "PLN"])),
        ("tracking_no", "character varying(20)", lambda i: card_shaped_failing(rng)),
    ]
    if natid_ok:
        # Shaped like the locale's national id, but its check digit is wrong.
        orders.append(("ref_no", "character varying(32)",
                       lambda i: fail_last_char(national_id(fake, loc, random_day(
                           rng, datetime.date(1940, 1, 1), datetime.date(2005, 1, 1))), rng)))
    return {
        "products": [
            ("id", "bigint", lambda i: 1 + i),
            ("sku", "character varying(24)",
             lambda i: f"{rng.choice('ABCDEFGHKLMNPRST')}{rng.choice('ABCDEFGHKLMNPRST')}-"
                       f"{rng.randrange(10**5):05d}-{rng.choice(['S', 'M', 'L', 'XL', '01', '02'])}"),
            ("ean", "character(13)", lambda i: ean13(rng)),
            ("isbn", "character(13)", lambda i: isbn13(rng)),
            (name_word, "text", lambda i: product_name(fake, rng)),
            ("price", "numeric(10,2)", lambda i: f"{rng.uniform(0.5, 499):.2f}"),
            ("quantity", "integer", lambda i: rng.randrange(0, 5000)),
            ("colour", "character(7)", lambda i: "#%06x" % rng.randrange(1 << 24)),
            ("part_no", "character varying(20)", lambda i: phone_shaped_part_no(rng)),
            ("image_file", "text", lambda i: fake.file_name(category="image")),
            ("uuid", "uuid", lambda i: fake.uuid4()),
            ("supplier", "text", lambda i: fake.company()),
        ],
        "orders": orders,
        "stores": [
            ("id", "bigint", lambda i: 1 + i),
            (name_word, "text", lambda i: fake.company()),
            ("store_code", "character varying(10)", lambda i: f"ST-{rng.randrange(10**4):04d}"),
            ("latitude", "numeric(9,6)", None),  # filled from one point below
            ("longitude", "numeric(9,6)", None),
            ("opened_on", "date",
             lambda i: random_day(rng, datetime.date(2000, 1, 1), datetime.date(2025, 12, 31))),
            ("brand_colour", "character(7)", lambda i: "#%06x" % rng.randrange(1 << 24)),
        ],
        "categories": [
            ("id", "integer", lambda i: 1 + i),
            (name_word, "text", lambda i: rng.choice(spec["categories"])),
            ("slug", "text", lambda i: f"cat-{i + 1:03d}"),
            ("parent_id", "integer", lambda i: None if i < 10 else rng.randrange(1, 11)),
        ],
        "cities": [
            ("id", "integer", lambda i: 1 + i),
            (spec["city_word"], "text", lambda i: fake.city()),
            ("population", "integer", lambda i: rng.randrange(800, 3_500_000)),
            ("country_code", "character(2)", lambda i: spec["country"]),
        ],
        "positions": [
            ("id", "integer", lambda i: 1 + i),
            ("title", "text", lambda i: fake.job()),
            ("department", "text", lambda i: rng.choice(
                ["Sales", "Finance", "IT", "Logistics", "HR", "Marketing", "Support"])),
        ],
        "payments": [
            ("id", "bigint", lambda i: 900000 + i),
            ("txn_id", "character varying(32)", lambda i: "%024x" % rng.getrandbits(96)),
            ("auth_code", "character(6)", lambda i: digits(rng, 6)),
            ("amount", "numeric(10,2)", lambda i: f"{rng.uniform(1, 2000):.2f}"),
            ("paid_at", "timestamp with time zone",
             lambda i: random_moment(rng, t_orders0, t_orders1)),
            ("method", "text", lambda i: rng.choice(["card", "sepa", "cash", "paypal", "invoice"])),
            ("card_brand", "text", lambda i: rng.choice(["visa", "mastercard", "amex", None])),
        ],
    }


def build_decoy_tables(fake, rng, loc, spec, schema, rows, natid_ok):
    tables = []
    for logical, cols in decoy_table_specs(fake, rng, loc, spec, natid_ok).items():
        columns = [Column(n, t, None, m, key="decoy") for n, t, m in cols]
        table = Table(schema, spec["decoy_tables"][logical], "decoy-table", loc, columns)
        for i in range(rows):
            if logical == "stores":
                lat, lon = geo_point(fake, rng, spec["country"])
            row = []
            for col in columns:
                if col.make is None:
                    row.append(f"{lat:.6f}" if col.name == "latitude" else f"{lon:.6f}")
                else:
                    row.append(col.make(i))
            table.rows.append(row)
        tables.append(table)
    return tables


# --------------------------------------------------------------------------------------------
# The dump
# --------------------------------------------------------------------------------------------

def build_locale(loc, index, seed, rows):
    from faker import Faker
    spec = LOCALES[loc]
    fake = Faker(loc)
    fake.seed_instance(seed * 100 + index)
    rng = random.Random(f"{seed}:{loc}")
    schema = loc.lower()
    keys = available_keys(fake, loc)
    english_table = ENGLISH_TABLES[index % len(ENGLISH_TABLES)]
    opaque_table = rng.choice(OPAQUE_TABLE_FORMS).format(rng.randrange(1, 9999))
    tables = []
    for style, tname in (("native", spec["person_table"]), ("english", english_table),
                         ("opaque", opaque_table)):
        tables.append(build_person_table(fake, rng, loc, spec, style, schema, tname, keys, rows))
    natid_ok = "natid" in keys and NATIONAL_ID[loc][2] == "valid"
    tables += build_decoy_tables(fake, rng, loc, spec, schema, rows, natid_ok)
    return tables


def dump_header():
    return ("--\n-- PostgreSQL database dump\n--\n\n"
            "-- Dumped from database version 16.4\n-- Dumped by pg_dump version 16.4\n\n"
            "SET statement_timeout = 0;\nSET lock_timeout = 0;\n"
            "SET idle_in_transaction_session_timeout = 0;\nSET client_encoding = 'UTF8';\n"
            "SET standard_conforming_strings = on;\n"
            "SELECT pg_catalog.set_config('search_path', '', false);\n"
            "SET check_function_bodies = false;\nSET xmloption = content;\n"
            "SET client_min_messages = warning;\nSET row_security = off;\n\n")


def qualified(table):
    return f"{quote_ident(table.schema)}.{quote_ident(table.name)}"


def write_dump(path, tables):
    schemas = list(dict.fromkeys(t.schema for t in tables))
    out = [dump_header()]
    for s in schemas:
        out.append(f"--\n-- Name: {s}; Type: SCHEMA; Schema: -; Owner: app\n--\n\n"
                   f"CREATE SCHEMA {quote_ident(s)};\n\n\n"
                   f"ALTER SCHEMA {quote_ident(s)} OWNER TO app;\n\n")
    out.append("SET default_tablespace = '';\n\nSET default_table_access_method = heap;\n\n")
    for t in tables:
        lines = [f"    {quote_ident(c.name)} {c.sqltype}" + (" NOT NULL" if i == 0 else "")
                 for i, c in enumerate(t.columns)]
        out.append(f"--\n-- Name: {t.name}; Type: TABLE; Schema: {t.schema}; Owner: app\n--\n\n"
                   f"CREATE TABLE {qualified(t)} (\n" + ",\n".join(lines) + "\n);\n\n\n"
                   f"ALTER TABLE {qualified(t)} OWNER TO app;\n\n")
    for t in tables:
        cols = ", ".join(quote_ident(c.name) for c in t.columns)
        out.append(f"--\n-- Data for Name: {t.name}; Type: TABLE DATA; Schema: {t.schema}; "
                   f"Owner: app\n--\n\nCOPY {qualified(t)} ({cols}) FROM stdin;\n")
        out.extend("\t".join(copy_text(v) for v in row) + "\n" for row in t.rows)
        out.append("\\.\n\n\n")
    for t in tables:
        pk = quote_ident(f"{t.name}_pkey")
        out.append(f"--\n-- Name: {t.name} {t.name}_pkey; Type: CONSTRAINT; Schema: {t.schema}; "
                   f"Owner: app\n--\n\nALTER TABLE ONLY {qualified(t)}\n"
                   f"    ADD CONSTRAINT {pk} PRIMARY KEY ({quote_ident(t.columns[0].name)});\n\n\n")
    out.append("--\n-- PostgreSQL database dump complete\n--\n\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out))


def generator_params(seed, rows):
    import faker
    return {"faker": faker.VERSION, "seed": seed, "rows": rows, "locales": list(LOCALES),
            "generator_version": GENERATOR_VERSION, "reference_day": REFERENCE_DAY.isoformat()}


def truth_rows(tables):
    rows = []
    for t in tables:
        for c in t.columns:
            row = {"schema": t.schema, "table": t.name, "column": c.name, "kind": c.kind,
                   "locale": t.locale, "style": t.style, "type": c.sqltype}
            if c.note:
                row["note"] = c.note
            rows.append(row)
    return rows


def generate(seed, rows):
    pin_faker_today()
    tables = []
    for index, loc in enumerate(LOCALES):
        tables += build_locale(loc, index, seed, rows)
    os.makedirs(DATA_DIR, exist_ok=True)
    write_dump(DUMP, tables)
    truth = {"generator": generator_params(seed, rows), "columns": truth_rows(tables)}
    with open(TRUTH, "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return truth


def load_or_generate(seed, rows, regen):
    want = generator_params(seed, rows)
    if not regen and os.path.exists(DUMP) and os.path.exists(TRUTH):
        with open(TRUTH, encoding="utf-8") as f:
            truth = json.load(f)
        if truth.get("generator") == want:
            return truth, False
    return generate(seed, rows), True


# --------------------------------------------------------------------------------------------
# Reading the dump back (values for Presidio and for the listings)
# --------------------------------------------------------------------------------------------

COPY_RE = re.compile(r"^COPY (.+?) \((.*)\) FROM stdin;$")


def split_column_list(text):
    names, cur, quoted, i = [], [], False, 0
    while i < len(text):
        c = text[i]
        if c == '"':
            if quoted and i + 1 < len(text) and text[i + 1] == '"':
                cur.append('"')
                i += 1
            else:
                quoted = not quoted
        elif c == "," and not quoted:
            names.append("".join(cur).strip())
            cur = []
        else:
            cur.append(c)
        i += 1
    names.append("".join(cur).strip())
    return names


def read_column_values(path):
    """{(schema, table, column): [values...]} from the dump's COPY blocks."""
    values = {}
    with open(path, encoding="utf-8") as f:
        current = None
        for line in f:
            line = line.rstrip("\n")
            if current is None:
                m = COPY_RE.match(line)
                if m:
                    schema, table = split_qualified(m.group(1))
                    current = [(schema, table, c) for c in split_column_list(m.group(2))]
                    for key in current:
                        values[key] = []
            elif line == "\\.":
                current = None
            else:
                for key, field in zip(current, line.split("\t")):
                    values[key].append(copy_unescape(field))
    return values


def sample_values(values, n):
    return [v for v in values if v is not None][:n]


# --------------------------------------------------------------------------------------------
# pgscreen
# --------------------------------------------------------------------------------------------

RULE_KIND = {"pii-email": "email", "pii-phone": "phone", "pii-credit-card": "credit-card",
             "pii-us-ssn": "national-id", "pii-national-id": "national-id", "pii-iban": "iban",
             "pii-ip-address": "ip-address", "pii-date-of-birth": "date-of-birth",
             "pii-person-name": "person-name", "pii-street-address": "street-address",
             "pii-city": "city", "pii-postcode": "postcode", "pii-username": "username",
             "pii-mac-address": "mac-address", "pii-ipv6": "ipv6", "pii-passport": "passport",
             "pii-driver-licence": "driver-licence", "pii-licence-plate": "licence-plate",
             "pii-geolocation": "geolocation"}

# What a tool's kind must be for a column of each truth kind to count as the right kind.
ACCEPTS = {k: {k} for k in KINDS}
ACCEPTS.update({"given-name": {"person-name"}, "family-name": {"person-name"},
                "full-name": {"person-name"}, "ipv6": {"ipv6", "ip-address"},
                "street-address": {"street-address", "location"},
                "city": {"city", "location"}, "date-of-birth": {"date-of-birth", "date"}})


def run_pgscreen(binary):
    t0 = time.time()
    proc = subprocess.run([binary, "scan", DUMP, "--format", "json", "--quiet"],
                          capture_output=True, text=True)
    elapsed = time.time() - t0
    if proc.returncode not in (0, 1):
        sys.exit(f"pgscreen failed with exit status {proc.returncode}:\n{proc.stderr[-4000:]}")
    report = json.loads(proc.stdout)
    flagged = collections.defaultdict(set)
    for f in report.get("findings", []):
        if f.get("category") != "pii" or not f.get("column"):
            continue
        schema, table = split_qualified(f["object"]["name"])
        flagged[(schema, table, f["column"])].add(f["rule"])
    return flagged, elapsed, proc.returncode


def pgscreen_verdicts(flagged):
    """{column key: (flagged, set of tool kinds, label)}"""
    return {key: (True, {RULE_KIND.get(r, r) for r in rules}, ",".join(sorted(rules)))
            for key, rules in flagged.items()}


# --------------------------------------------------------------------------------------------
# Presidio
# --------------------------------------------------------------------------------------------

PHONE_REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "SE", "JP", "CN", "KR",
                 "RU", "IN", "TR"]


def presidio_engine():
    """An AnalyzerEngine with no NLP model: Presidio's NoOpNlpEngine (it loads nothing and
    returns empty NLP artifacts) and a registry holding every predefined recognizer that
    needs no model: all PatternRecognizer subclasses, instantiated for "en" (country-specific
    ones included, whatever language they are registered for by default), plus the
    phonenumbers-based PhoneRecognizer with the 16 locales' regions. spaCy itself is installed
    (presidio-analyzer depends on it) but no spaCy pipeline is loaded.

    Returns (engine, names of all recognizers, names of those Presidio's default configuration
    enables)."""
    import importlib.resources
    import inspect
    import logging
    import warnings
    import tldextract
    # EmailRecognizer calls tldextract, which would try to download the public suffix list:
    # use the snapshot shipped inside tldextract instead.
    offline = tldextract.TLDExtract(suffix_list_urls=())
    tldextract.extract = offline
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    warnings.simplefilter("ignore")
    import yaml
    from presidio_analyzer import AnalyzerEngine, PatternRecognizer, RecognizerRegistry
    from presidio_analyzer import predefined_recognizers as pr
    from presidio_analyzer.nlp_engine import NoOpNlpEngine

    nlp = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
    nlp.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    names = []
    for attr in sorted(dir(pr)):
        cls = getattr(pr, attr)
        if not inspect.isclass(cls):
            continue
        if cls is pr.PhoneRecognizer:
            rec = cls(supported_language="en", supported_regions=PHONE_REGIONS)
        elif issubclass(cls, PatternRecognizer):
            rec = cls(supported_language="en")
        else:
            continue
        registry.add_recognizer(rec)
        names.append(rec.name)
    engine = AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["en"])

    conf = importlib.resources.files("presidio_analyzer") / "conf" / "default_recognizers.yaml"
    default = {r["name"] for r in yaml.safe_load(conf.read_text())["recognizers"]
               if r.get("enabled", True) and r.get("type") == "predefined"}
    return engine, sorted(names), sorted(set(names) & default)


def context_words(column):
    words = re.split(r"[^0-9A-Za-z\u00C0-\uFFFF]+|(?<=[a-z])(?=[A-Z])", column)
    return [w.lower() for w in words if w]


def presidio_analyze(columns, values, cache_key):
    """Per column key: list over sampled values of [[entity, recognizer, score], ...]."""
    if os.path.exists(PRESIDIO_CACHE):
        with open(PRESIDIO_CACHE, encoding="utf-8") as f:
            cached = json.load(f)
        if cached.get("key") == cache_key:
            return cached["results"], cached["meta"]
    t0 = time.time()
    engine, names, default = presidio_engine()
    memo, results = {}, {}
    for n, key in enumerate(columns):
        ctx = context_words(key[2])
        per_value = []
        for v in sample_values(values.get(key, []), PRESIDIO_SAMPLE):
            mkey = (v, tuple(ctx))
            if mkey not in memo:
                found = engine.analyze(text=v, language="en", context=ctx,
                                       score_threshold=PRESIDIO_MIN_SCORE)
                memo[mkey] = [[r.entity_type,
                               (r.recognition_metadata or {}).get("recognizer_name", "?"),
                               round(r.score, 3)] for r in found]
            per_value.append(memo[mkey])
        results["\x1f".join(key)] = per_value
        if n % 200 == 0:
            print(f"presidio: {n}/{len(columns)} columns, {time.time() - t0:.0f}s",
                  file=sys.stderr)
    meta = {"recognizers": names, "default_recognizers": default,
            "seconds": round(time.time() - t0, 1), "analyze_calls": len(memo)}
    with open(PRESIDIO_CACHE, "w", encoding="utf-8") as f:
        json.dump({"key": cache_key, "meta": meta, "results": results}, f, ensure_ascii=False)
    return results, meta


PRESIDIO_KIND = {"EMAIL_ADDRESS": "email", "PHONE_NUMBER": "phone", "CREDIT_CARD": "credit-card",
                 "IBAN_CODE": "iban", "IP_ADDRESS": "ip-address", "DATE_TIME": "date",
                 "PERSON": "person-name", "LOCATION": "location", "MAC_ADDRESS": "mac-address",
                 "URL": "url", "UUID": "uuid", "CRYPTO": "crypto"}


def presidio_kind(entity):
    if entity in PRESIDIO_KIND:
        return PRESIDIO_KIND[entity]
    if "PASSPORT" in entity:
        return "passport"
    if "PLATE" in entity or "VEHICLE" in entity or entity == "DE_KFZ":
        return "licence-plate"
    if "DRIV" in entity or entity == "DE_FUEHRERSCHEIN":
        return "driver-licence"
    if "POSTCODE" in entity or "POSTAL" in entity or entity == "DE_PLZ":
        return "postcode"
    if entity in ("US_BANK_NUMBER", "MEDICAL_LICENSE") or "VAT" in entity or "COMPANY" in entity:
        return entity.lower()
    # The remaining country-specific entities are identity/tax/social-security numbers.
    return "national-id"


def presidio_verdicts(results, allowed):
    """Column decisions for Presidio restricted to the recognizer names in `allowed`."""
    verdicts = {}
    for skey, per_value in results.items():
        key = tuple(skey.split("\x1f"))
        n = len(per_value)
        if n == 0:
            continue
        hit, per_entity = 0, collections.Counter()
        for found in per_value:
            ents = {e for e, rec, s in found if rec in allowed and s >= PRESIDIO_MIN_SCORE}
            hit += bool(ents)
            per_entity.update(ents)
        if hit / n >= PRESIDIO_MIN_SHARE:
            strong = [e for e, c in per_entity.items() if c / n >= PRESIDIO_MIN_SHARE]
            label = ",".join(f"{e}:{per_entity[e]}/{n}" for e, _ in per_entity.most_common(3))
            verdicts[key] = (True, {presidio_kind(e) for e in strong}, label)
    return verdicts


# --------------------------------------------------------------------------------------------
# Scoring and report
# --------------------------------------------------------------------------------------------

class Score:
    def __init__(self):
        self.n = self.found = self.right = 0

    def add(self, found, right):
        self.n += 1
        self.found += found
        self.right += right

    def cell(self):
        if not self.n:
            return "-"
        return f"{100 * self.found / self.n:.1f}% ({100 * self.right / self.n:.1f}%)"


def score_tool(truth_cols, verdicts):
    by = collections.defaultdict(Score)
    truth_keys = {}
    for c in truth_cols:
        key = (c["schema"], c["table"], c["column"])
        truth_keys[key] = c
        if c["kind"] is None:
            continue
        v = verdicts.get(key)
        found = bool(v)
        right = found and bool(v[1] & ACCEPTS[c["kind"]])
        for group in (("style", c["style"]), ("style", "overall"), ("kind", c["kind"]),
                      ("locale", c["locale"])):
            by[group].add(found, right)
    flagged = [k for k in verdicts]
    false_pos = [k for k in flagged if truth_keys.get(k, {}).get("kind") is None]
    return by, len(flagged), false_pos


def render_table(headers, rows, markdown):
    if markdown:
        lines = ["| " + " | ".join(headers) + " |",
                 "|" + "|".join("---" if i == 0 else "---:" for i in range(len(headers))) + "|"]
        lines += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(str(x)) for x in [h] + [r[i] for r in rows]) for i, h in enumerate(headers)]
    fmt = lambda r: "  ".join(str(x).ljust(w) if i == 0 else str(x).rjust(w)
                              for i, (x, w) in enumerate(zip(r, widths)))
    return "\n".join([fmt(headers), fmt(["-" * w for w in widths])] + [fmt(r) for r in rows])


def report(truth, tools, meta, markdown):
    cols = truth["columns"]
    person = [c for c in cols if c["kind"]]
    decoys = [c for c in cols if not c["kind"]]
    names = list(tools)
    scored = {name: score_tool(cols, v) for name, v in tools.items()}
    out = []
    size_mib = os.path.getsize(DUMP) / (1 << 20)
    g = truth["generator"]
    intro = (f"Reproduce with `{meta['command']}`: Faker {g['faker']} "
             f"(seed {g['seed']}, {g['rows']} rows a table), {len(LOCALES)} locales, a "
             f"{size_mib:.1f} MiB plain dump with {len(person)} person-data columns and "
             f"{len(decoys)} decoy columns; {meta['pgscreen']}")
    if meta.get("presidio"):
        intro += (f"; Presidio {meta['presidio']} (pattern recognizers only, no NER model, "
                  f"language \"en\", column name as context): a column is PII when >= "
                  f"{PRESIDIO_MIN_SHARE:.0%} of up to {PRESIDIO_SAMPLE} sampled values give an "
                  f"entity scoring >= {PRESIDIO_MIN_SCORE}; \"defaults\" = the "
                  f"{len(meta['default_recognizers'])} recognizers Presidio's default "
                  f"configuration enables (for some language), \"all\" = all "
                  f"{len(meta['recognizers'])} pattern recognizers")
    intro += (". Cells: column recall (recall with the right kind of finding).")
    out.append(intro if markdown else "\n".join(wrap(intro, 100)))

    def section(title, group, keys):
        rows = []
        for k in keys:
            n = scored[names[0]][0][(group, k)].n
            if not n:
                continue
            rows.append([k, n] + [scored[t][0][(group, k)].cell() for t in names])
        head = [group, "columns"] + names
        out.append(("\n**" + title + "**\n" if markdown else "\n" + title + "\n"))
        out.append(render_table(head, rows, markdown))

    section("Recall by naming style", "style", STYLES + ["overall"])
    prec_rows = []
    decoy_keys = {(c["schema"], c["table"], c["column"]) for c in decoys}
    for t in names:
        by, nflag, fps = scored[t]
        tp = nflag - len(fps)
        prec = f"{100 * tp / nflag:.1f}%" if nflag else "-"
        fp_decoy = sum(1 for k in fps if k in decoy_keys)
        prec_rows.append([t, nflag, tp, len(fps), f"{fp_decoy}/{len(decoys)}", prec])
    out.append("\n**Column precision**\n" if markdown else "\nColumn precision\n")
    out.append(render_table(["tool", "flagged", "true", "false", "decoys flagged", "precision"],
                            prec_rows, markdown))
    for t in names:
        fps = scored[t][2]
        if fps:
            top = collections.Counter(tools[t][k][2].split(",")[0].split(":")[0] for k in fps)
            out.append(("\n" if markdown else "") + f"{t} false positives by rule/entity: "
                       + ", ".join(f"{e} {n}" for e, n in top.most_common(8)))
    section("Recall by kind", "kind", KINDS)
    section("Recall by locale", "locale", list(LOCALES))
    return "\n".join(out)


def wrap(text, width):
    lines, cur = [], ""
    for word in text.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    return lines + [cur]


def list_missed(truth, verdicts, values, which, limit):
    cols = [c for c in truth["columns"] if c["kind"]]
    if which:
        cols = [c for c in cols if which in (c["kind"], c["locale"], c["style"])]
    missed, wrong = [], []
    for c in cols:
        key = (c["schema"], c["table"], c["column"])
        v = verdicts.get(key)
        if not v:
            missed.append(c)
        elif not v[1] & ACCEPTS[c["kind"]]:
            wrong.append((c, v[2]))
    print(f"missed {len(missed)} of {len(cols)} person columns"
          + (f" ({which})" if which else "") + "; by kind: "
          + ", ".join(f"{k} {n}" for k, n in collections.Counter(
              c["kind"] for c in missed).most_common())
          + "; by locale: " + ", ".join(f"{k} {n}" for k, n in collections.Counter(
              c["locale"] for c in missed).most_common()))
    for c in missed[:limit]:
        key = (c["schema"], c["table"], c["column"])
        sample = sample_values(values.get(key, []), 3)
        print(f"  {c['kind']:15} {c['style']:7} {c['schema']}.{c['table']}.{c['column']}"
              f" [{c['type']}]: " + " | ".join(repr(s) for s in sample))
    if wrong:
        print(f"found with another kind: {len(wrong)}")
        for c, label in wrong[:limit]:
            key = (c["schema"], c["table"], c["column"])
            sample = sample_values(values.get(key, []), 3)
            print(f"  {c['kind']:15} -> {label:30} {c['schema']}.{c['table']}.{c['column']}: "
                  + " | ".join(repr(s) for s in sample))


def list_fp(truth, verdicts, values, limit):
    truth_keys = {(c["schema"], c["table"], c["column"]): c for c in truth["columns"]}
    fps = [(k, v) for k, v in verdicts.items() if truth_keys.get(k, {}).get("kind") is None]
    print(f"false positives: {len(fps)} columns")
    for key, v in sorted(fps)[:limit]:
        where = "not in truth" if key not in truth_keys else truth_keys[key]["style"]
        sample = sample_values(values.get(key, []), 3)
        print(f"  {v[2]:30} {'.'.join(key)} ({where}): " + " | ".join(repr(s) for s in sample))


def file_sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pgscreen", default=os.path.join(ROOT, "target", "release", "pgscreen"))
    ap.add_argument("--no-presidio", action="store_true", help="score pgscreen only")
    ap.add_argument("--rows", type=int, default=DEFAULT_ROWS, help="rows a table")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--regen", action="store_true", help="write the dump even if it is current")
    ap.add_argument("--markdown", action="store_true", help="markdown tables for BENCHMARKS.md")
    ap.add_argument("--list-missed", nargs="?", const="", metavar="KIND|LOCALE|STYLE",
                    help="print person columns the tool misses (or finds as another kind), "
                         "3 values each; optionally only one kind, locale or style")
    ap.add_argument("--list-fp", action="store_true",
                    help="print columns the tool flags that hold no person data, 3 values each")
    ap.add_argument("--tool", choices=list(LIST_TOOLS), default="pgscreen",
                    help="whose misses / false positives to list (default pgscreen)")
    ap.add_argument("--limit", type=int, default=40, help="lines per listing")
    return ap.parse_args()


def presidio_tools(truth, values, meta):
    """Presidio's column decisions, with its default recognizers and with all of them."""
    from importlib.metadata import version as pkg_version
    pver = pkg_version("presidio-analyzer")
    columns = [(c["schema"], c["table"], c["column"]) for c in truth["columns"]]
    cache_key = "|".join([file_sha256(DUMP), pver, pkg_version("phonenumbers"),
                          str(PRESIDIO_SAMPLE), str(PRESIDIO_MIN_SCORE), ",".join(PHONE_REGIONS)])
    results, pmeta = presidio_analyze(columns, values, cache_key)
    meta.update(presidio=pver, **pmeta)
    return {"Presidio defaults": presidio_verdicts(results, set(pmeta["default_recognizers"])),
            "Presidio all": presidio_verdicts(results, set(pmeta["recognizers"]))}


LIST_TOOLS = {"pgscreen": "pgscreen", "presidio-defaults": "Presidio defaults",
              "presidio-all": "Presidio all"}


def main():
    args = parse_args()
    ensure_venv_and_reexec()
    truth, fresh = load_or_generate(args.seed, args.rows, args.regen)
    print(("wrote" if fresh else "reusing") + f" {os.path.relpath(DUMP, ROOT)}", file=sys.stderr)
    flagged, secs, rc = run_pgscreen(args.pgscreen)
    version = subprocess.run([args.pgscreen, "--version"], capture_output=True,
                             text=True).stdout.strip()
    command = "python3 scripts/pii-bench.py --markdown"
    if (args.seed, args.rows) != (DEFAULT_SEED, DEFAULT_ROWS):
        command += f" --seed {args.seed} --rows {args.rows}"
    meta = {"pgscreen": f"{version} scanned it in {secs:.2f}s (exit {rc})", "command": command}
    values = read_column_values(DUMP)
    tools = {"pgscreen": pgscreen_verdicts(flagged)}
    listing = args.list_missed is not None or args.list_fp
    if (not args.no_presidio and not listing) or (listing and args.tool != "pgscreen"):
        tools.update(presidio_tools(truth, values, meta))

    if listing:
        verdicts = tools[LIST_TOOLS[args.tool]]
        if args.list_missed is not None:
            list_missed(truth, verdicts, values, args.list_missed, args.limit)
        if args.list_fp:
            list_fp(truth, verdicts, values, args.limit)
        return
    print(report(truth, tools, meta, args.markdown))


if __name__ == "__main__":
    main()
