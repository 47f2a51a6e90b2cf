#!/usr/bin/env python3
"""Validate research/secrets/families.jsonl.

Checks, per line:
  * every required field is present with the right type, ids are unique kebab-case;
  * `kind` and `confidence` come from the allowed sets, `docs` is an https URL;
  * the pattern compiles (Python `re`) and avoids constructs the Rust `regex` crate rejects
    (look-around, back-references, atomic/possessive groups, \\Z, \\G);
  * every positive example is matched by the whole pattern (re.fullmatch);
  * no negative example is matched anywhere (re.search);
  * keywords are lower case, at least 3 characters, and every positive contains at least one
    of them (case-insensitive) -- keywords are alternatives, as in src/rules.rs;
  * needs_context families name context words;
  * optional `suppressed_examples` DO match the pattern but are caught by the placeholder
    filter below (documented example keys, ${VAR}, <YOUR_KEY>, changeme, ...);
  * every rule id in src/rules.rs appears as a family with "existing": true;
  * there are at least 300 families.

Exit status 0 when everything passes.  Usage:  python3 research/secrets/check_families.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
JSONL = os.path.join(HERE, '..', '..', 'src', 'rules', 'families.jsonl')
RULES_RS = os.path.join(HERE, '..', '..', 'src', 'rules', 'patterns.rs')

REQUIRED = {
    'id': str, 'service': str, 'family': str, 'kind': str, 'format': str, 'pattern': str,
    'keywords': list, 'needs_context': bool, 'context_words': list, 'positive_examples': list,
    'negative_examples': list, 'confidence': str, 'docs': str, 'source_facts': str, 'existing': bool,
}
OPTIONAL = {'suppressed_examples': list}
KINDS = {
    'api-key', 'token', 'webhook-url', 'webhook-secret', 'private-key', 'password-hash', 'client-secret',
    'client-id', 'connection-string', 'access-key-id', 'secret-key', 'account-id', 'password', 'dsn',
    'publishable-key', 'session-cookie', 'credentials', 'credentials-json', 'config-secret', 'auth-header',
    'cli-credentials', 'url-credentials', 'sql-credentials', 'generic-secret', 'live-host',
}
CONFIDENCE = {'high', 'medium', 'low'}
# escapes accepted by every regex-syntax version: classes, anchors, control chars and meta characters
ESCAPABLE = set('dDsSwWbBAznrtfvxpP0') | set('.^$*+?()[]{}|\\-#&~ ')
ID_RE = re.compile(r'^[a-z0-9]+(?:-[a-z0-9]+)*$')
# constructs that the Rust regex crate does not support
RUST_UNSUPPORTED = [
    (re.compile(r'\(\?<?[=!]'), 'look-around'),
    (re.compile(r'\\[1-9]'), 'numeric back-reference'),
    (re.compile(r'\(\?P='), 'named back-reference'),
    (re.compile(r'\(\?>'), 'atomic group'),
    (re.compile(r'(?<!\\)[*+?}]\+'), 'possessive quantifier'),
    (re.compile(r'\\Z'), r'\Z (use \z or $)'),
    (re.compile(r'\\G'), r'\G'),
    (re.compile(r'(?<!\\)\{,'), '{,n} repetition without a lower bound'),
    (re.compile(r'(?<!\\)\{(?![0-9]+(?:,[0-9]*)?\})'), 'literal { outside a class (escape it)'),
    (re.compile(r'\(\?x'), 'verbose mode'),
]

# Documented example / dummy values that must never be reported (also listed in README.md).
KNOWN_EXAMPLES = [
    'AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
    'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
    'sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'pk_test_TYooMQauvdEDq54NiTphI7jx',
    'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    '123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11',
    'put your unique phrase here', 'SomeRandomString',
    'cf0e05d9-4eca-4948-a012-b91fe9704bab',
]
PLACEHOLDER_WORDS = [
    'example', 'changeme', 'change_me', 'change-me', 'placeholder', 'dummy', 'sample', 'redacted',
    'your_', 'your-', 'yourkey', 'insert_', 'replace_me', 'replaceme', 'todo', 'fixme', 'not_a_real',
    'notreal', 'fake', 'xxxxxxxx', '********', '........',
]
PLACEHOLDER_RES = [
    re.compile(r'\$\{[^}]*\}'),             # ${VAR}
    re.compile(r'\{\{[^}]*\}\}'),           # {{var}} (Jinja, Helm, Go templates)
    re.compile(r'%\([A-Za-z_]+\)s'),        # %(var)s
    re.compile(r'(.)\1{7,}'),               # the same character 8+ times
    re.compile(r'0123456789|1234567890|abcdefghij|ABCDEFGHIJ'),
    re.compile(r'(?:^|[\s=:"\'(])\$[A-Z][A-Z0-9_]{2,}(?=$|[\s"\';)&])'),  # $DB_PASSWORD shell variable
    re.compile(r'os\.environ|process\.env|getenv\('),
]


ANGLE = re.compile(r'<([^<>="\'/\n]{2,40})>')
ANGLE_WORDS = re.compile(r'(?i)your|redacted|insert|replace|secret|passw|token|api[ _-]?key|placeholder|value|here')


def angle_placeholder(value: str) -> bool:
    """<YOUR_KEY>, <redacted>, <api key here>; but not XML such as <password>x</password>."""
    for m in ANGLE.finditer(value):
        word = m.group(1)
        if '</' + word + '>' in value:
            continue
        if re.fullmatch(r'[A-Z][A-Z0-9_ -]+', word) or ANGLE_WORDS.search(word):
            return True
    return False


def is_placeholder(value: str) -> bool:
    low = value.lower()
    if angle_placeholder(value):
        return True
    if any(k.lower() in low for k in KNOWN_EXAMPLES):
        return True
    if any(w in low for w in PLACEHOLDER_WORDS):
        return True
    return any(r.search(value) for r in PLACEHOLDER_RES)


def strip_classes(pat: str) -> str:
    """Replace each [...] character class by 'C' so that quantifier checks ignore literal *+? inside."""
    out, i, n = [], 0, len(pat)
    while i < n:
        ch = pat[i]
        if ch == '\\':
            out.append(pat[i:i + 2]); i += 2; continue
        if ch == '[':
            j = i + 1
            if j < n and pat[j] == '^':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 2 if pat[j] == '\\' else 1
            out.append('C'); i = j + 1; continue
        out.append(ch); i += 1
    return ''.join(out)


def existing_rule_ids():
    try:
        text = open(RULES_RS, encoding='utf-8').read()
    except OSError:
        return None
    return re.findall(r'rule!\("([a-z0-9-]+)"', text)


def main() -> int:
    errors = []
    seen = set()
    fams = []
    with open(JSONL, encoding='utf-8') as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f'line {n}: empty line')
                continue
            try:
                f = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f'line {n}: bad JSON: {e}')
                continue
            fams.append(f)
            fid = f.get('id', f'<line {n}>')
            err = lambda msg: errors.append(f'{fid}: {msg}')
            for k, t in REQUIRED.items():
                if k not in f:
                    err(f'missing field {k}')
                elif not isinstance(f[k], t):
                    err(f'field {k} should be {t.__name__}')
            for k in f:
                if k not in REQUIRED and k not in OPTIONAL:
                    err(f'unknown field {k}')
            if any(k not in f for k in REQUIRED):
                continue
            if not ID_RE.match(fid):
                err('id is not kebab-case')
            if fid in seen:
                err('duplicate id')
            seen.add(fid)
            if f['kind'] not in KINDS:
                err(f'unknown kind {f["kind"]}')
            if f['confidence'] not in CONFIDENCE:
                err(f'bad confidence {f["confidence"]}')
            if not f['docs'].startswith('https://'):
                err('docs is not an https URL')
            if not f['format'].strip() or not f['service'].strip() or not f['source_facts'].strip():
                err('empty format/service/source_facts')
            pat = f['pattern']
            bare = strip_classes(pat)
            for rx, what in RUST_UNSUPPORTED:
                if rx.search(bare):
                    err(f'pattern uses {what}, not supported by the Rust regex crate')
            for m in re.finditer(r'\\(.)', pat):
                if m.group(1) not in ESCAPABLE:
                    err(f'superfluous escape \\{m.group(1)} (keep patterns portable to older regex-syntax)')
                    break
            try:
                cre = re.compile(pat)
            except re.error as e:
                err(f'pattern does not compile: {e}')
                continue
            kws = f['keywords']
            for k in kws:
                if not isinstance(k, str) or len(k) < 3:
                    err(f'keyword {k!r} shorter than 3 characters')
                elif k != k.lower():
                    err(f'keyword {k!r} not lower case')
            if len(f['positive_examples']) < 2:
                err('fewer than 2 positive examples')
            if len(f['negative_examples']) < 2:
                err('fewer than 2 negative examples')
            if len(set(f['positive_examples'])) != len(f['positive_examples']):
                err('duplicate positive examples')
            for p in f['positive_examples']:
                if not cre.fullmatch(p):
                    err(f'positive not matched in full: {p[:80]!r}')
                if kws and not any(k in p.lower() for k in kws):
                    err(f'positive contains none of the keywords: {p[:80]!r}')
                stripped = p
                for k in kws:
                    stripped = re.sub(re.escape(k), ' ', stripped, flags=re.I)
                if is_placeholder(stripped):
                    err(f'positive looks like a placeholder: {p[:80]!r}')
            for q in f['negative_examples']:
                m = cre.search(q)
                if m:
                    err(f'negative matched: {q[:80]!r} -> {m.group(0)[:60]!r}')
            for s in f.get('suppressed_examples', []):
                if not cre.search(s):
                    err(f'suppressed example not matched by the pattern (useless): {s[:80]!r}')
                if not is_placeholder(s):
                    err(f'suppressed example not caught by the placeholder filter: {s[:80]!r}')
            if f['needs_context'] and not f['context_words']:
                err('needs_context but no context_words')
            if not kws and not f['needs_context'] and not f['context_words']:
                err('no keywords and no context words: nothing to prefilter on')

    ids_existing = {f['id'] for f in fams if f.get('existing')}
    rule_ids = existing_rule_ids()
    if rule_ids is None:
        print('note: src/rules.rs not found, skipping the existing-rule cross-check')
    else:
        for rid in rule_ids:
            if rid not in ids_existing:
                errors.append(f'rules.rs rule {rid} has no family with existing=true')
    if len(fams) < 300:
        errors.append(f'only {len(fams)} families (need at least 300)')

    if errors:
        for e in errors:
            print('FAIL', e)
        print(f'{len(errors)} problem(s) in {len(fams)} families')
        return 1
    kinds = {}
    for f in fams:
        kinds[f['kind']] = kinds.get(f['kind'], 0) + 1
    ctx = sum(1 for f in fams if f['needs_context'])
    print(f'OK: {len(fams)} families, {len(fams) - ctx} self-identifying, {ctx} need context, '
          f'{len(ids_existing)} marked existing')
    for k, v in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f'  {k:18} {v}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
