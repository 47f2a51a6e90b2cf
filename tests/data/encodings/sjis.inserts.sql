--
-- PostgreSQL database dump
--

\restrict hyYwIk5jvLsf5ZkAz3gvQvOxPDPGGOZHk1b87t46sbBZ4eP8E9adaRCUFtIpCJ8

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'SJIS';
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

INSERT INTO public."å⁄ãq" VALUES (1, 'ï\É\è\ó\î\', 'tab	and \ backslash', 'hanako.sato@tanaka-shoji.co.jp');
INSERT INTO public."å⁄ãq" VALUES (2, 'ï\É\è\ó\î\x', NULL, 'li.wei@huaxin-trading.com.cn');
INSERT INTO public."å⁄ãq" VALUES (3, 'plain', 'ï\É\è\ó\î\ï\É\è\ó\î\', 'kim.minjun@hanbit-logistics.co.kr');


--
-- Name: å⁄ãq å⁄ãq_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."å⁄ãq"
    ADD CONSTRAINT "å⁄ãq_pkey" PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict hyYwIk5jvLsf5ZkAz3gvQvOxPDPGGOZHk1b87t46sbBZ4eP8E9adaRCUFtIpCJ8

