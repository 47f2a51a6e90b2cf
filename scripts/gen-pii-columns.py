#!/usr/bin/env python3
"""Writes src/rules/pii_columns.json: the column-name vocabulary the personal-data detector
reads (src/detect/columns.rs), from research/pii/column_names.json (our own research notes:
19 categories, English plus 16 locales in their scripts) and the few kinds added here.

    python3 scripts/gen-pii-columns.py

Each kind gets `strong` names (the name alone says what the column holds; values are still
checked) and `weak` names (a hint only: the values must show it, e.g. `name`, `nombre`, 名前,
`display_name`, which hold products and categories as often as people). Entries of a locale's
`exact_only` list count only as the whole column name, and only as a hint.
"""
import json
import pathlib
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "research" / "pii" / "column_names.json"
OUT = ROOT / "src" / "rules" / "pii_columns.json"

# research category -> (kind, strength)
CATEGORIES = {
    "given_name": ("person-name", "strong"),
    "middle_name": ("person-name", "strong"),
    "family_name": ("person-name", "strong"),
    "full_name": ("person-name", "weak"),
    "email": ("email", "strong"),
    "phone": ("phone", "strong"),
    "street_address": ("street-address", "strong"),
    "city": ("city", "strong"),
    "postcode": ("postcode", "strong"),
    "date_of_birth": ("date-of-birth", "strong"),
    "national_id": ("national-id", "strong"),
    "passport": ("passport", "strong"),
    "driver_licence": ("driver-licence", "strong"),
    "bank_account": ("iban", "strong"),
    "card_number": ("credit-card", "strong"),
    "username": ("username", "strong"),
    "ip_address": ("ip-address", "strong"),
    "gender": ("gender", "strong"),
    "geo": ("geolocation", "weak"),
}

# Kinds the research notes have no category for.
EXTRA = {
    ("licence-plate", "strong"): [
        "license_plate", "licence_plate", "plate", "plate_number", "plate_no", "number_plate",
        "vehicle_registration", "registration_plate", "car_plate",
        "kennzeichen", "kfz_kennzeichen", "amtliches_kennzeichen",
        "immatriculation", "plaque", "plaque_immatriculation",
        "matricula", "matrícula", "placa", "placa_veiculo", "targa",
        "kenteken", "numer_rejestracyjny", "tablica_rejestracyjna", "registreringsnummer", "regnummer",
        "plaka", "plaka_no", "госномер", "гос_номер", "номер_автомобиля", "номерной_знак",
        "车牌", "车牌号", "车牌号码", "ナンバープレート", "車両番号", "自動車登録番号",
        "차량번호", "번호판", "वाहन_संख्या", "वाहन_नंबर",
    ],
    ("mac-address", "strong"): [
        "mac", "mac_address", "macaddress", "mac_addr", "macaddr", "hw_addr", "hwaddr",
        "hardware_address", "bssid", "device_mac", "wifi_mac", "mac_adresse", "adresse_mac",
        "direccion_mac", "indirizzo_mac", "mac_adres", "mac_адрес", "mac地址", "mac_주소",
    ],
    ("person-name", "weak"): ["nominativo", "nome_completo", "nom_complet", "nombre_completo", "volledige_naam",
                              "imie_i_nazwisko", "ad_soyad", "полное_имя", "पूरा_नाम", "full_name"],
    # Seen in real dumps: `birth_day` (a date of birth), Sri Lankan and Pakistani identity card
    # numbers in `nic` / `cnic` columns.
    ("date-of-birth", "strong"): ["birth_day", "day_of_birth"],
    ("national-id", "strong"): ["nic", "nic_no", "nic_number", "nic_num", "cnic", "cnic_no", "cnic_number",
                                # Latin America's identity cards and population registers (a
                                # Venezuelan university's `cedula integer`, seen in a real dump).
                                "cedula", "cedula_identidad", "cedula_de_identidad", "cedula_ciudadania",
                                "num_cedula", "numero_cedula", "nro_cedula", "no_cedula",
                                "carnet_identidad", "curp", "cuil", "dui", "nuip"],
    # Also tax ids of companies (Chile's RUT, Argentina's CUIT, Venezuela's RIF, Mexico's RFC).
    ("national-id", "weak"): ["rut", "cuit", "rif", "rfc"],
    ("username", "strong"): ["benutzername", "nom_utilisateur", "nombre_usuario", "nome_utente",
                             "gebruikersnaam", "nazwa_uzytkownika", "anvandarnamn", "kullanici_adi",
                             "имя_пользователя", "логин"],
}


# Names the research lists that real schemas use for something else: a professional or
# business licence (`license_no` of a doctor, a contractor), a key of a table of states.
DROP = {
    "driver-licence": {"license_no", "license_number", "licence_number", "state_id"},
}


def norm(s: str) -> str:
    """As columns.rs normalises a column name: NFKC, lower case, separators to `_`."""
    s = unicodedata.normalize("NFKC", s).lower()
    for c in " -.":
        s = s.replace(c, "_")
    while "__" in s:
        s = s.replace("__", "_")
    return s.strip("_")


def main() -> None:
    src = json.loads(SRC.read_text(encoding="utf-8"))
    kinds: dict[str, dict[str, set[str]]] = {}

    def add(kind: str, strength: str, name: str) -> None:
        n = norm(name)
        if n:
            kinds.setdefault(kind, {"strong": set(), "weak": set()})[strength].add(n)

    exact = {norm(n) for names in src["exact_only"].values() for n in names}
    for names in src["locales"].values():
        for cat, words in names.items():
            if cat not in CATEGORIES:
                continue
            kind, strength = CATEGORIES[cat]
            for w in words:
                add(kind, "weak" if norm(w) in exact else strength, w)
    for (kind, strength), words in EXTRA.items():
        for w in words:
            add(kind, strength, w)
    for kind, names in DROP.items():
        for strength in ("strong", "weak"):
            kinds[kind][strength] -= names
    # A name listed strong somewhere and weak elsewhere stays weak (the ambiguity is real).
    for v in kinds.values():
        v["strong"] -= v["weak"]
    out = {
        "_about": "Column-name vocabulary for personal data, generated by scripts/gen-pii-columns.py "
                  "from research/pii/column_names.json; names are normalised (NFKC, lower case, "
                  "separators as _). `strong`: the name says what the column holds (values are still "
                  "checked); `weak`: a hint the values must confirm. `exact`: names that count only "
                  "as the whole column name.",
        "kinds": {k: {s: sorted(v[s]) for s in ("strong", "weak")} for k, v in sorted(kinds.items())},
        "exact": sorted(exact),
    }
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(v["strong"]) + len(v["weak"]) for v in kinds.values())
    print(f"{OUT.relative_to(ROOT)}: {n} names in {len(kinds)} kinds, {len(exact)} exact-only")


if __name__ == "__main__":
    main()
