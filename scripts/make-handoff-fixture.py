#!/usr/bin/env python3
"""Writes examples/handoff.sql: a small, deterministic pg_dump-shaped hand-off of a birth registry
with approvals and state changes, sanitized (synthetic names, example.org e-mails), that passes
examples/handoff.contract.json. tests/check.rs derives one-fault variants from it."""
import hashlib, sys, uuid

def uid(s):
    return str(uuid.UUID(hashlib.md5(s.encode()).hexdigest()))

def sha(s):
    return hashlib.sha256(s.encode()).hexdigest()

FIRST = ["Alex", "Sam", "Robin", "Kim", "Jo", "Charlie", "Noa", "Luca", "Mika", "Ari", "Kai", "Eli"]
out = []
w = out.append
w("--\n-- PostgreSQL database dump\n--\n\n\\restrict Hq3N8bT2kW7vY1mZ5cR9pL4xD6fG0sJe\n\n")
w("-- Dumped from database version 17.6 (Debian 17.6-1.pgdg120+1)\n-- Dumped by pg_dump version 17.6 (Debian 17.6-1.pgdg120+1)\n\n")
for s in ["SET statement_timeout = 0;", "SET lock_timeout = 0;", "SET idle_in_transaction_session_timeout = 0;",
          "SET transaction_timeout = 0;", "SET client_encoding = 'UTF8';", "SET standard_conforming_strings = on;",
          "SELECT pg_catalog.set_config('search_path', '', false);", "SET check_function_bodies = false;",
          "SET xmloption = content;", "SET client_min_messages = warning;", "SET row_security = off;"]:
    w(s + "\n")
w("\nSET default_tablespace = '';\n\nSET default_table_access_method = heap;\n\n")

def table(name, cols, owner="registry"):
    w(f"--\n-- Name: {name}; Type: TABLE; Schema: public; Owner: {owner}\n--\n\n")
    w(f"CREATE TABLE public.{name} (\n" + ",\n".join("    " + c for c in cols) + "\n);\n\n\n")
    w(f"ALTER TABLE public.{name} OWNER TO {owner};\n\n")

table("birth_registry", ["id uuid NOT NULL", "registration_no text NOT NULL", "child_full_name text NOT NULL",
      "parent_email text", "status text NOT NULL", "approval_hash character(64)",
      "created_at timestamp with time zone NOT NULL", "updated_at timestamp with time zone"])
table("approvals", ["id bigint NOT NULL", "registry_id uuid NOT NULL", "status text NOT NULL",
      "approved_by text NOT NULL", "approved_at timestamp with time zone", "decision_hash character(64) NOT NULL",
      "note text"])
table("state_changes", ["id bigint NOT NULL", "registry_id uuid NOT NULL", "from_status text",
      "to_status text NOT NULL", "changed_at timestamp with time zone NOT NULL", "row_hash character(64) NOT NULL"])

w("--\n-- Data for Name: birth_registry; Type: TABLE DATA; Schema: public; Owner: registry\n--\n\n")
w("COPY public.birth_registry (id, registration_no, child_full_name, parent_email, status, approval_hash, created_at, updated_at) FROM stdin;\n")
for i in range(12):
    st = "approved" if i % 3 else "pending"
    w(f"{uid('r%d' % i)}\tBR-2026-{1000 + i}\t{FIRST[i]} Example\tparent{i}@example.org\t{st}\t{sha('a%d' % i)}\t2026-03-{i + 1:02d} 09:{i:02d}:00+00\t2026-04-{i + 1:02d} 10:00:00+00\n")
w("\\.\n\n\n")
w("--\n-- Data for Name: approvals; Type: TABLE DATA; Schema: public; Owner: registry\n--\n\n")
w("COPY public.approvals (id, registry_id, status, approved_by, approved_at, decision_hash, note) FROM stdin;\n")
for i in range(12):
    st = "approved" if i % 3 else "requested"
    at = f"2026-04-{i + 1:02d} 10:00:00+00" if i % 3 else "\\N"
    w(f"{i + 1}\t{uid('r%d' % i)}\t{st}\treviewer-{i % 4 + 1:02d}\t{at}\t{sha('d%d' % i)}\tchecked against source record {i + 1}\n")
w("\\.\n\n\n")
w("--\n-- Data for Name: state_changes; Type: TABLE DATA; Schema: public; Owner: registry\n--\n\n")
w("COPY public.state_changes (id, registry_id, from_status, to_status, changed_at, row_hash) FROM stdin;\n")
n = 0
for i in range(12):
    steps = [("\\N", "pending")] + ([("pending", "approved")] if i % 3 else [])
    for a, b in steps:
        n += 1
        w(f"{n}\t{uid('r%d' % i)}\t{a}\t{b}\t2026-03-{i + 1:02d} 09:{n:02d}:00+00\t{sha('s%d' % n)}\n")
w("\\.\n\n\n")
for t, col in [("birth_registry", "id"), ("approvals", "id"), ("state_changes", "id")]:
    w(f"--\n-- Name: {t} {t}_pkey; Type: CONSTRAINT; Schema: public; Owner: registry\n--\n\n")
    w(f"ALTER TABLE ONLY public.{t}\n    ADD CONSTRAINT {t}_pkey PRIMARY KEY ({col});\n\n\n")
for t in ["approvals", "state_changes"]:
    w(f"--\n-- Name: {t} {t}_registry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: registry\n--\n\n")
    w(f"ALTER TABLE ONLY public.{t}\n    ADD CONSTRAINT {t}_registry_id_fkey FOREIGN KEY (registry_id) REFERENCES public.birth_registry(id);\n\n\n")
w("--\n-- PostgreSQL database dump complete\n--\n\n\\unrestrict Hq3N8bT2kW7vY1mZ5cR9pL4xD6fG0sJe\n\n")
sys.stdout.write("".join(out))
