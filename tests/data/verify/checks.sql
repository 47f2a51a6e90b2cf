--
-- PostgreSQL database dump
--

\restrict XkVTebbPh0Pswlk5x95CnncQ2yMAICfpEGy4ovdczghAsXcChu5Ncwb3fK1mGQq

-- Dumped from database version 15.19
-- Dumped by pg_dump version 15.19

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
-- Name: us_postal; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.us_postal AS text
	CONSTRAINT us_postal_check CHECK ((VALUE ~ '^\d{5}(-\d{4})?$'::text));


ALTER DOMAIN public.us_postal OWNER TO postgres;

--
-- Name: year; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.year AS integer
	CONSTRAINT year_check CHECK (((VALUE >= 1901) AND (VALUE <= 2155)));


ALTER DOMAIN public.year OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: parent; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.parent (
    id integer,
    CONSTRAINT parent_only CHECK (false) NO INHERIT,
    CONSTRAINT parent_pos CHECK ((id > 0))
);


ALTER TABLE public.parent OWNER TO postgres;

--
-- Name: child; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.child (
    extra text
)
INHERITS (public.parent);


ALTER TABLE public.child OWNER TO postgres;

--
-- Name: later; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.later (
    v integer
);


ALTER TABLE public.later OWNER TO postgres;

--
-- Name: person; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.person (
    id integer NOT NULL,
    email character varying(80) NOT NULL,
    phone text,
    name text,
    status text DEFAULT 'active'::text NOT NULL,
    born public.year,
    zip public.us_postal,
    score numeric(6,2),
    code text,
    CONSTRAINT name_not_blank CHECK ((length(btrim(name)) > 0)),
    CONSTRAINT person_code_check CHECK ((code ~~ 'P-%'::text)),
    CONSTRAINT person_email_check CHECK (((email)::text ~* '^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$'::text)),
    CONSTRAINT person_phone_check CHECK (((length(phone) >= 7) AND (length(phone) <= 16))),
    CONSTRAINT person_score_check CHECK (((score >= (0)::numeric) AND (score <= (100)::numeric))),
    CONSTRAINT person_status_check CHECK ((status = ANY (ARRAY['active'::text, 'closed'::text]))),
    CONSTRAINT two_cols CHECK (((id > 0) OR ((email)::text <> ''::text)))
);


ALTER TABLE public.person OWNER TO postgres;

--
-- Data for Name: child; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.child (id, extra) FROM stdin;
5	x
\.


--
-- Data for Name: later; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.later (v) FROM stdin;
\.


--
-- Data for Name: parent; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.parent (id) FROM stdin;
\.


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.person (id, email, phone, name, status, born, zip, score, code) FROM stdin;
1	ann@example.org	+1 555 0100	Ann	active	1980	12345	99.50	P-1
2	bob@example.net	\N	Bob	closed	\N	12345-6789	\N	\N
\.


--
-- Name: later later_nv; Type: CHECK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE public.later
    ADD CONSTRAINT later_nv CHECK ((v < 10)) NOT VALID;


--
-- Name: person person_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict XkVTebbPh0Pswlk5x95CnncQ2yMAICfpEGy4ovdczghAsXcChu5Ncwb3fK1mGQq

