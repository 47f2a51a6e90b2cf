--
-- PostgreSQL database dump
--

\restrict 8jJaeKsG0lcFf9Y7jYQqG4ZcaRGKZLc5WqYWdyefqAoq6DBeFj1bS8FZbYcWTnF

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'JOHAB';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: ·”‡‘; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."·”‡‘" (
    id integer NOT NULL,
    name text NOT NULL,
    note text,
    email text
);


--
-- Data for Name: ·”‡‘; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public."·”‡‘" (id, name, note, email) FROM stdin;
1	â\ä\ã\	tab\tand \\ backslash	hanako.sato@tanaka-shoji.co.jp
2	â\ä\ã\x	\N	li.wei@huaxin-trading.com.cn
3	plain	â\ä\ã\â\ä\ã\	kim.minjun@hanbit-logistics.co.kr
\.


--
-- Name: ·”‡‘ ·”‡‘_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."·”‡‘"
    ADD CONSTRAINT "·”‡‘_pkey" PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict 8jJaeKsG0lcFf9Y7jYQqG4ZcaRGKZLc5WqYWdyefqAoq6DBeFj1bS8FZbYcWTnF

