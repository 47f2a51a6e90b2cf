--
-- PostgreSQL database dump
--

\restrict WHYsgAZvh9Wnifi5fnzjLvovHTdcGAGdIapZOfcSJ2Y3oYtgweeH9j6RSbxtjrR

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'SHIFT_JIS_2004';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: å⁄ãq; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."å⁄ãq" (
    id integer NOT NULL,
    name text NOT NULL,
    note text,
    email text
);


--
-- Data for Name: å⁄ãq; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public."å⁄ãq" (id, name, note, email) FROM stdin;
1	ï\É\è\ó\	tab\tand \\ backslash	hanako.sato@tanaka-shoji.co.jp
2	ï\É\è\ó\x	\N	li.wei@huaxin-trading.com.cn
3	plain	ï\É\è\ó\ï\É\è\ó\	kim.minjun@hanbit-logistics.co.kr
\.


--
-- Name: å⁄ãq å⁄ãq_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."å⁄ãq"
    ADD CONSTRAINT "å⁄ãq_pkey" PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict WHYsgAZvh9Wnifi5fnzjLvovHTdcGAGdIapZOfcSJ2Y3oYtgweeH9j6RSbxtjrR

