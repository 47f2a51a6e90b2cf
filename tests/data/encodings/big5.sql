--
-- PostgreSQL database dump
--

\restrict c0TItRPRbo9hAZjhcd3JGO7BFFJO9c7rhQRe35HfTuBCE5cTBJTNQHo0pFhzXq4

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'BIG5';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: 顧客; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."顧客" (
    id integer NOT NULL,
    name text NOT NULL,
    note text,
    email text
);


--
-- Data for Name: 顧客; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public."顧客" (id, name, note, email) FROM stdin;
1	許功蓋么	tab\tand \\ backslash	hanako.sato@tanaka-shoji.co.jp
2	許功蓋么x	\N	li.wei@huaxin-trading.com.cn
3	plain	許功蓋么許功蓋么	kim.minjun@hanbit-logistics.co.kr
\.


--
-- Name: 顧客 顧客_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."顧客"
    ADD CONSTRAINT "顧客_pkey" PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict c0TItRPRbo9hAZjhcd3JGO7BFFJO9c7rhQRe35HfTuBCE5cTBJTNQHo0pFhzXq4

