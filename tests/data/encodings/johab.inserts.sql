--
-- PostgreSQL database dump
--

\restrict 142Phaz1LGQapjXDs2TRkpFKB54I0H3tML3fvrX5chbcebBdl7R9uIOmMAB8ZGZ

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

INSERT INTO public."·”‡‘" VALUES (1, 'ç \ç \ç \', 'tab	and \ backslash', 'hanako.sato@tanaka-shoji.co.jp');
INSERT INTO public."·”‡‘" VALUES (2, 'ç \ç \ç \x', NULL, 'li.wei@huaxin-trading.com.cn');
INSERT INTO public."·”‡‘" VALUES (3, 'plain', 'ç \ç \ç \ç \ç \ç \', 'kim.minjun@hanbit-logistics.co.kr');


--
-- Name: ·”‡‘ ·”‡‘_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."·”‡‘"
    ADD CONSTRAINT "·”‡‘_pkey" PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict 142Phaz1LGQapjXDs2TRkpFKB54I0H3tML3fvrX5chbcebBdl7R9uIOmMAB8ZGZ

