#!/usr/bin/env python3
"""Writes src/detect/names.tsv: given names and surnames per language, used by the PII detector
to recognise columns of person names by their values.

Sources (all MIT; their licence texts are copied into src/detect/names.LICENSE):
  * PyPI `mimesis` (primary): mimesis/datasets/<locale>/person.json inside the wheel;
  * npm `@faker-js/faker` (supplement): the locale definitions' person.first_name/last_name,
    read by importing the package's ES module with node;
  * PyPI `name-variants` (hi only): the Devanagari keys of name_variants/indian_names_hindi.py,
    read with `ast` (the module is never imported or run).
PyPI Faker is deliberately NOT a source: the benchmark that measures the detector generates its
people with it, and the detector must not be scored on its own training list.

Needs network access to PyPI and the npm registry, `pip` and `node`/`npm` on PATH; stdlib only.

    python3 scripts/gen-pii-names.py

Steps, per (lang, kind): repair mojibake, NFC-normalise, turn ’ into ', capitalise all-lowercase
single words, strip whitespace and stray punctuation, split "a/b" alternatives, drop entries with
digits and known junk, deduplicate (mimesis order first, then faker-js additions), drop short
Latin-script names that are also ordinary lowercase words of the language (see WORDLISTS; a list
that is not installed is skipped with a warning: `apt-get install wamerican wbritish wngerman
wfrench hunspell-es witalian wdutch wpolish wswedish wportuguese wbrazilian`), then cap at CAP
entries: names found in both sources are kept first, the remaining slots are an evenly spaced
sample of the rest, and the output keeps source order.
"""
import ast
import html
import json
import pathlib
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile

MIMESIS_VERSION = "22.2.0"
FAKERJS_VERSION = "10.6.0"
NAME_VARIANTS_VERSION = "0.1.3"

CAP = 1500  # 3000 would make names.tsv ~800 KB; 1500 keeps it under ~600 KB
SHORT = 5  # a name of at most this many letters is dropped when it is a common word

LANGS = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "ja", "zh", "ko", "ru", "tr", "hi"]
MIMESIS_LOCALES = {
    "en": ["en", "en-gb"], "de": ["de"], "fr": ["fr"], "es": ["es"], "it": ["it"], "nl": ["nl"],
    "pt": ["pt-br", "pt"], "pl": ["pl"], "sv": ["sv"], "ja": ["ja"], "zh": ["zh"], "ko": ["ko"],
    "ru": ["ru"], "tr": ["tr"],
}
# en_GB and en_US only override name patterns; the names themselves live in the base `en`.
FAKERJS_LOCALES = {
    "en": ["en"], "de": ["de", "de_AT", "de_CH"], "fr": ["fr"], "es": ["es"], "it": ["it"],
    "nl": ["nl"], "pt": ["pt_BR", "pt_PT"], "pl": ["pl"], "sv": ["sv"], "ja": ["ja"],
    "zh": ["zh_CN", "zh_TW"], "ko": ["ko"], "ru": ["ru"], "tr": ["tr"],
}
# name_variants/indian_names_hindi.py lists surnames first, then given names (and given-name
# components such as राम, लाल, दास) starting at this key. The file has no explicit labels.
HI_FIRST_GIVEN = "राम"

# Entries that are not names of the kind they are filed under (headers, full names, fragments).
JUNK = {("es", "given", "First names"), ("pt", "given", "Luís Figo"),
        ("pt", "given", "Gustavo São Romão"), ("pt", "given", "de Assis"),
        ("fr", "given", "L'Oréal"), ("fr", "given", "Jeanne d'Arc")}

# Debian word lists per language (lowercase entries only are used: they are ordinary words;
# capitalised entries are proper names or, in German, nouns).
WORDLISTS = {
    "en": ["/usr/share/dict/american-english", "/usr/share/dict/british-english"],
    "de": ["/usr/share/dict/ngerman"], "fr": ["/usr/share/dict/french"],
    # Debian's wspanish lowercases proper nouns (david, pablo, carlos, jesús), so Spanish uses
    # the hunspell-es stems instead.
    "es": ["/usr/share/hunspell/es_ES.dic"], "it": ["/usr/share/dict/italian"],
    "nl": ["/usr/share/dict/dutch"], "pl": ["/usr/share/dict/polish"],
    "sv": ["/usr/share/dict/swedish"],
    "pt": ["/usr/share/dict/portuguese", "/usr/share/dict/brazilian"],
}
# Not applied to Turkish: there is no Debian word list (wturkish), and most Turkish given names
# are ordinary words (Can, Deniz, Umut, Barış, Gül); hunspell-tr would drop about a quarter of
# them, including the most common ones.
#
# Some lists also carry lowercased given names (Dutch adam/chris, German franz/kurt). A
# lowercase entry that the English list has only capitalised (a proper noun there, not a word)
# is therefore not counted as an ordinary word outside English.
ENGLISH_PROPER = "/usr/share/dict/american-english"

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "detect" / "names.tsv"
LICENSE_OUT = ROOT / "src" / "detect" / "names.LICENSE"

STRIP = " \t\r\n\u00a0.,;:!?\"'`‘’“”«»()[]{}*/\\-_&#|"


def run(cmd, cwd=None):
    return subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, text=True).stdout


def pip_wheel(tmp, name, version):
    d = pathlib.Path(tmp) / name
    run([sys.executable, "-m", "pip", "download", f"{name}=={version}", "--no-deps",
         "--only-binary=:all:", "-q", "-d", str(d)])
    return zipfile.ZipFile(next(d.glob("*.whl")))


def wheel_license(z):
    return next(z.read(n).decode() for n in z.namelist()
                if re.search(r"\.dist-info/(licenses/)?LICEN[CS]E", n))


def flat(v, order=("male", "female", "generic")):
    """A list, or a dict of lists (by sex), as one list in a fixed order."""
    if isinstance(v, list):
        return v
    keys = [k for k in order if k in v] + sorted(k for k in v if k not in order)
    return [x for k in keys for x in v[k]]


def mimesis_names(tmp):
    z = pip_wheel(tmp, "mimesis", MIMESIS_VERSION)
    out = {}
    for lang, locs in MIMESIS_LOCALES.items():
        for loc in locs:
            d = json.loads(z.read(f"mimesis/datasets/{loc}/person.json"))
            out.setdefault((lang, "given"), []).extend(flat(d["names"]))
            out.setdefault((lang, "family"), []).extend(flat(d["surnames"]))
    return out, wheel_license(z)


NODE_SCRIPT = r"""
const [url, locs] = [process.argv[1], JSON.parse(process.argv[2])];
import(url).then(m => {
  const out = {};
  for (const l of locs) {
    const p = (m[l] || {}).person || {};
    out[l] = {first: p.first_name || [], last: p.last_name || []};
  }
  process.stdout.write(JSON.stringify(out));
});
"""


def fakerjs_names(tmp):
    d = pathlib.Path(tmp) / "fakerjs"
    d.mkdir()
    tgz = run(["npm", "pack", f"@faker-js/faker@{FAKERJS_VERSION}", "--silent"], cwd=d).split()[-1]
    with tarfile.open(d / tgz) as t:
        t.extractall(d, filter="data")
    pkg = d / "package"
    assert json.loads((pkg / "package.json").read_text())["version"] == FAKERJS_VERSION
    locs = sorted({l for ls in FAKERJS_LOCALES.values() for l in ls})
    # The package has no runtime dependencies, so its ES module imports as it is.
    data = json.loads(run(["node", "-e", NODE_SCRIPT, (pkg / "dist" / "index.js").as_uri(),
                           json.dumps(locs)]))
    out = {}
    for lang, ls in FAKERJS_LOCALES.items():
        for l in ls:
            if not data[l]["first"] and not data[l]["last"]:
                sys.exit(f"@faker-js/faker {FAKERJS_VERSION}: locale {l} has no person names")
            out.setdefault((lang, "given"), []).extend(flat(data[l]["first"]))
            out.setdefault((lang, "family"), []).extend(flat(data[l]["last"]))
    return out, (pkg / "LICENSE").read_text()


def hindi_names(tmp):
    z = pip_wheel(tmp, "name-variants", NAME_VARIANTS_VERSION)
    tree = ast.parse(z.read("name_variants/indian_names_hindi.py").decode())
    node = next(n for n in tree.body if isinstance(n, ast.AnnAssign)
                and getattr(n.target, "id", "") == "INDIAN_NAMES_HINDI")
    keys = list(ast.literal_eval(node.value))
    i = keys.index(HI_FIRST_GIVEN)
    return {("hi", "family"): keys[:i], ("hi", "given"): keys[i:]}, wheel_license(z)


def clean(raw):
    """One raw entry -> zero or more cleaned names."""
    s = html.unescape(raw)
    if "Ã" in s or "Â" in s:  # UTF-8 read as Latin-1 ("Ã\x96mer" for "Ömer")
        try:
            s = s.encode("latin-1").decode("utf-8")
        except UnicodeError:
            pass
    s = unicodedata.normalize("NFC", s.replace("’", "'"))
    out = []
    for part in s.split("/"):  # "Jerónimo/Gerónimo", "Pilato/Pilati"
        part = re.sub(r"\s+", " ", part.replace("\u00a0", " ")).strip(STRIP)
        if part.startswith("t ") and "'" in s:  # Dutch "'t Hart": keep the leading apostrophe
            part = "'" + part
        if " " not in part and part.islower() and is_latin(part):
            part = part[0].upper() + part[1:]  # "adrian", "skabińska"; not "de Boer"
        if part and not any(c.isdigit() for c in part):
            out.append(part)
    return out


def is_latin(name):
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name)


def lower(lang, s):
    if lang == "tr":
        s = s.replace("I", "ı").replace("İ", "i")
    return s.lower()


def load_words(lang):
    """Lowercase words of at most SHORT letters from the language's word lists, or None."""
    words, found = set(), False
    for path in WORDLISTS.get(lang, []):
        p = pathlib.Path(path)
        if not p.exists():
            print(f"warning: {path} not installed; not used for {lang}", file=sys.stderr)
            continue
        found = True
        raw = p.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")  # Debian's swedish list is ISO-8859-1
        lines = text.splitlines()
        if path.endswith(".dic"):  # hunspell: a count, then "stem/flags" lines
            lines = [l.split("/", 1)[0] for l in lines[1:]]
        for w in lines:
            w = unicodedata.normalize("NFC", w.strip())
            if w and len(w) <= SHORT and w == lower(lang, w):
                words.add(w)
    if found and lang != "en" and pathlib.Path(ENGLISH_PROPER).exists():
        en = set(pathlib.Path(ENGLISH_PROPER).read_text(encoding="utf-8").splitlines())
        words = {w for w in words if not (w not in en and w[:1].upper() + w[1:] in en)}
    return words if found else None


def cap(names, common):
    if len(names) <= CAP:
        return names
    keep = {n for n in names if n in common}
    if len(keep) > CAP:
        keep = set([n for n in names if n in common][:CAP])
    rest = [n for n in names if n not in keep]
    slots = CAP - len(keep)
    keep |= {rest[i * len(rest) // slots] for i in range(slots)}
    return [n for n in names if n in keep]


def main():
    with tempfile.TemporaryDirectory() as tmp:
        mim, mim_lic = mimesis_names(tmp)
        fjs, fjs_lic = fakerjs_names(tmp)
        hin, hin_lic = hindi_names(tmp)

    lines = [f"# generated by scripts/gen-pii-names.py from mimesis {MIMESIS_VERSION} (MIT) and "
             f"@faker-js/faker {FAKERJS_VERSION} (MIT), hi from name-variants "
             f"{NAME_VARIANTS_VERSION} (MIT); see names.LICENSE"]
    report = []
    for lang in LANGS:
        words = load_words(lang) if lang in WORDLISTS else None
        dropped = []
        for kind in ("given", "family"):
            def cleaned(src):
                return list(dict.fromkeys(
                    n for raw in src.get((lang, kind), []) for n in clean(raw)
                    if (lang, kind, n) not in JUNK))
            a = cleaned(mim) + cleaned(hin)
            b = cleaned(fjs)
            names = list(dict.fromkeys(a + b))
            common = set(a) & set(b)
            kept = []
            for n in names:
                letters = sum(c.isalpha() for c in n)
                if (words is not None and is_latin(n) and " " not in n and letters <= SHORT
                        and lower(lang, n) in words):
                    dropped.append(n)
                else:
                    kept.append(n)
            final = cap(kept, common)
            lines += [f"{lang}\t{kind}\t{n}" for n in final]
            # Names that are also ordinary words (Smith, Rose, Braun) are kept apart: they
            # count beside another name in a full name, never alone.
            lines += [f"{lang}\t{kind}-word\t{n}" for n in dict.fromkeys(dropped) if n in names]
            report.append((lang, kind, len(names), len(names) - len(kept), len(final)))
        if lang in WORDLISTS:
            note = "" if words is not None else " (no word list installed: step skipped)"
            print(f"{lang}: dropped {len(dropped)} common words{note}: {', '.join(dropped[:20])}",
                  file=sys.stderr)

    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    LICENSE_OUT.write_text(
        "Licences of the name lists in src/detect/names.tsv (generated by "
        "scripts/gen-pii-names.py).\n\n"
        f"=== PyPI mimesis {MIMESIS_VERSION} (languages en de fr es it nl pt pl sv ja zh ko ru tr)"
        f" ===\n\n{mim_lic.strip()}\n\n"
        f"=== npm @faker-js/faker {FAKERJS_VERSION} (languages en de fr es it nl pt pl sv ja zh "
        f"ko ru tr) ===\n\n{fjs_lic.strip()}\n\n"
        f"=== PyPI name-variants {NAME_VARIANTS_VERSION} (language hi) ===\n\n"
        f"{hin_lic.strip()}\n", encoding="utf-8")
    print("lang\tkind\tafter dedupe\tcommon words dropped\twritten")
    for r in report:
        print("\t".join(map(str, r)))
    print(f"{OUT.relative_to(ROOT)}: {len(lines) - 1} entries, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
