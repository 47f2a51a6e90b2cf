--
-- PostgreSQL database dump
--

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: mood; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.mood AS ENUM (
    'sad',
    'ok',
    'happy'
);


ALTER TYPE public.mood OWNER TO postgres;

--
-- Name: posint; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.posint AS integer NOT NUL    ADD CONSTRAINT cccounts_pkey PRIMARY KEY (id);


--
-- Name: late; Type: TABLE; Schema: public; Owner: app
--

CREATE TABLE public.late (
    id integer
);


--
-- PostgreSQL eout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);

--
-- Name: accounts; Type: TABLE; Schema: public; Owner: app
--

CREATE TABLE public.accounts (
    id integer NOT NULL,
    name text
);


ALTER TABLE pvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvublic.accounts OWNER TO app;

--
-- Name: audit; Type: TABLE; Schema: public; Owner: app
--

GRANT ALL ON SCHEMA public TO PUBLIC;

--
-- Name: notes
-- ; Type: TABLE; Schema: public; Owner: app
--

CREATE TABLE public."notes
-- ; Type: TABLE; Schema: public; Owner: app" (
    id integer
);

--
-- Data for Name: accounts; Type: TABLE DATA; Schema: public; Owner: app
--

COPY public.accounts (id, name) FROM stdin;
1	a
\.
database tump L;


ALTER DOMAIN public.posint OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: every_type; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.every_type (
    id integer NOT NULL,
    s smallint,
    b bigint,
    n numeric(1,2),
    r real,
    d double precision,
    flag boolean,
    vc character varying(10),
    ch character(3),
    day date,
    at_time time without time zone,
    ts timestamp without time zone,
    tstz timestamp with time zone,
    span interval,
    u uuid,
    j json,
    jb jsonb,
    bin bytea,
    ip inet,
    net cidr,
    mac macaddr,
    bits bit(4),
    vbits bit varying(4),
    ints integer[],
    texts text[],
    feeling public.mood,
    qty public.posint
);


ALTER TABLE public.every_type OWNER TO postgres;

--
-- Name: parent; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.parent (
    code text NOT NULL,
    label text
);


ALTER TABLE public.parent OWNER TO postgres;

--
-- Name: child; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.child (
    id bigint NOT NULL,
    parent_code text,
    note text
);


ALTER TABLE public.child OWNER TO postgres;

--
-- Data for Name: every_type; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.every_type (id, s, b, n, r, d, flag, vc, ch, day, at_time, ts, tstz, span, u, j, jb, bin, ip, net, mac, bits, vbits, ints, texts, feeling, qty) FROM stdin;
1	-32768	9223372036854775807	999.99	3.14	2.718281828459045	t	ten chars!	abc	2024-02-29	24:00:00	2006-02-15 09:34:33	2022-02-15 09:57:20.123456+00	1 year 2 mons -3 days 04:05:06.789	a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11	{"a": [1, 2.5e3, null]}	{"k": "v"}	\\x00ff10	192.168.0.1/24	192.168.0.0/24	08:00:2b:01:02:03	1010	101	{1,2,NULL}	{"a b","c\\"d",plain}	happy	7
2	32767	-9223372036854775808	-0.01	-Infinity	NaN	false	äöü	ab	0044-03-15 BC	12:30:00.5	infinity	-infinity	00:00:00	{a0eebc999c0b4ef8bb6d6bb9bd380a12}	[]	null	\\x	::1	2001:db8::/32	08-00-2b-01-02-04	0000	\N	{{1,2},{3,4}}	{}	sad	1
3	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0
\.


--
-- Data for Name: parent; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.parent (code, label) FROM stdin;
A	first
B	second
C	\N
\.


--
-- Data for Name: child; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.child (id, parent_code, note) FROM stdin;
1	A	one
2	B	two
3	\N	no parent
4	A	four
\.


--
-- Name: every_type every_type_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.every_type
    ADD CONSTRAINT every_type_pkey PRIMARY KEY (id);


--
-- Name: parent parent_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.parent
    ADD CONSTRAINT parent_pkey PRIMARY KEY (code);


--
-- Name: child child_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.child
    ADD CONSTRAINT child_pkey PRIMARY KEY (id);


--
-- Name: parent parent_label_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.parent
    ADD CONSTRAINT parent_label_key UNIQUE (label);


--
-- Name: child child_parent_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.child
    ADD CONSTRAINT child_parent_code_fkey FOREIGN KEY (parent_code) REFERENCES public.parent(code);


--
-- PostgreSQL database dump complete
--

