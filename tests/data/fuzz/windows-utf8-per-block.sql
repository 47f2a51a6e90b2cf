 --
-- PostgreSQL database dump
--

\restrict Zk3mD8qLx0vT5nR2pW7yB4cF9hJ1aE6gU0sI3oK8lN5mQ2wX7zV4bY1tR9eA6dC

-- Dumped from database version 16.4
-- Dumped by pg_dump version 16.4

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

CREATE TABLE public.accounts (
    id integer NOT NULL,
    full_name text,
    email character varying(120),
    telefon text,
    cArd_number text,
    ssn text,
    iban text,
    client_ip inet,
    geburtsdatum date,
    strasse text,
    password_digest text,
    notes text,
    avatar bytea
);

CREATE TABLE public.settings (
    key text NOT NULL,
    value jsonb
);

CREATE SERVER warehouse FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'dw01.prod.acme-corp.com', dbname 'dw');

CREATE USER MAPPING FOR app SERVER warehouse OPTIONS (user 'etl', password 'Tq8#vLw2pXz9');

CREATE SUBSCRIPTION sub1 CONNECTION 'host=10.1.2.3 port=5432 user=repl password=Rk7!mQ2zLp dbname=app' PUBLICATION pub1 WITH (connect = false);

CREATE ROLE auditor;
ALTER ROLE auditor WITH LOGIN PASSWORD 'SCRAM-SHA-256$4096:twudSF4/BSX6BPdnbiZShD==$W0WCdGcH3EDTAP2JM/Bu9IrMKlQa+FuO5BgAUf4x3rM=:dotbrMtTmv7Yl1RYQeEzberD3ncgOiop+r2awCsoT/j=';

CREATE VIEW public.remote_orders AS
 SELECT t.id FROM public.dblink('host=db.internal user=ro password=Xc5#jT8wQe', 'select id from orders') t(id integer);

COMMENT ON TABLE public.settings IS 'rotate the key: sk_live_WuUFjsUNPjc01T5GOBUSZGi6HWGK10Zb0R';

COPY public.accounts (id, full_name, email, telefon, card_number, ssn, iban, client_ip, geburtsdatum, strasse, password_digest, notes, avatar) FROM stdin;
1	Ana MarÃ­a LÃ³pez	ana.lopez@mailbox.es	+34 612 345 678	4111 1111 1111 1111	475-70-3079	DE89 3704 0044 0532 0130 00	81.2.69.160	1984-03-09	Calle Mayor 12	5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8	\N	\N
2	JÃ¶rg MÃ¼ller	joerg@example.com	030 1234567	5555555555554444	219-09-9999	GB82 WEST 1234 5698 7654 32	192.168.1.20	1979-11-30	HauptstraÃŸe 5	e38ad214943daad1d64c102faec29de4afe9da3d	ghp_Vpzz63FfkCzJr4i0B3JrTAwR4y9ojfljoQoa	\N
3	Li Wei	li.wei@corp.cn	13800138000	4012888888881881	\N	\N	2a00:1450:4001:80b::200e	1990-01-01	88 Nanjing Road	2aae6c35c94fcfb415dbe95f408b9ce91ee846ed	key:\\n-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\\n-----END OPENSSH PRIVATE KEY-----	\\x2d2d2d2d2d424547494e205253412050524956415445204b45592d2d2d2d2d0a4d4949457041494241414b43415145416e5a4b3761523456386577594c6b6d4a7a5064596e7147514c73676e6b556ÿ0593657326d6d4b4a357a464c5a4a32
4	Sam Doe	sam@example.org	\N	\ÿÿÿÿÿÿÿÿ\N	\N	\N	\N	order 4242-4242-4242-4241 is not a card; build 3f2a9c1e; uuid 6f1c2a7e-5b3d-4e8f-9a10-2b3c4d5e6f70	\N
\.

INSERT INTO public.settings VALUES ('smtp', '{"host": "smtp.acme-corp.com", "smtp_password": "Hq3$zN8!vWx2Lp"}');
INSERT INTO public.settings VALUES ('db', '{"url": "postgresql://app:Vb6%21nM4qZt@db01.acme-corp.com:5432/app"}');
INSERT INTO public.settings VALUES ('docs', '{"help": "https://www.postgresql.org/docs/current/app-pgdump.html"}');

\unrestrict Zk3mD8qLx0vT5nR2pW7yB4cF9hJ1aE6gU0sI3oK8lN5mQ2wX7zV4bY1tR9eA6dC
