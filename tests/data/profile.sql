--
-- PostgreSQL database dump
--

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
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


ALTER TABLE public.accounts OWNER TO app;

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


--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: app
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);


--
-- Name: late; Type: TABLE; Schema: public; Owner: app
--

CREATE TABLE public.late (
    id integer
);


--
-- PostgreSQL database dump complete
--

