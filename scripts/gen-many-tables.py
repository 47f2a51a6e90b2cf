#!/usr/bin/env python3
"""Writes a plain dump shaped like pg_dump's with N tables (schema-per-tenant scale): each table
has a primary key, a foreign key to the table before it and one row, in pg_dump's order (tables,
then data, then keys). Used by scripts/bench.sh for verify's and scan's cost per table.

    scripts/gen-many-tables.py N OUT.sql
"""
import sys

n, out = int(sys.argv[1]), sys.argv[2]
with open(out, "w") as f:
    f.write("--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version 17.2\n"
            "-- Dumped by pg_dump version 17.2\n\nSET client_encoding = 'UTF8';\n"
            "SET standard_conforming_strings = on;\n\n")
    for i in range(n):
        f.write(f"CREATE TABLE public.t{i} (\n    id integer NOT NULL,\n    prev integer,\n    v text\n);\n\n")
    for i in range(n):
        prev = "\\N" if i == 0 else "1"
        f.write(f"COPY public.t{i} (id, prev, v) FROM stdin;\n1\t{prev}\ttenant {i}\n\\.\n\n")
    for i in range(n):
        f.write(f"ALTER TABLE ONLY public.t{i}\n    ADD CONSTRAINT t{i}_pkey PRIMARY KEY (id);\n\n")
    for i in range(1, n):
        f.write(f"ALTER TABLE ONLY public.t{i}\n    ADD CONSTRAINT t{i}_prev_fkey FOREIGN KEY (prev) "
                f"REFERENCES public.t{i-1}(id);\n\n")
    f.write("--\n-- PostgreSQL database dump complete\n--\n\n")
