--
-- PostgreSQL database dump
--

\restrict 6snS7tYd2jwwpN25c4CynGf6N4nhJcGTJTE6mNe6umrZ8d1sp5nB1niMDbJRkxh

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'GB18030';
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

INSERT INTO public."顧客" VALUES (1, '乗俓僜', 'tab	and \ backslash', 'hanako.sato@tanaka-shoji.co.jp');
INSERT INTO public."顧客" VALUES (2, '乗俓僜x', NULL, 'li.wei@huaxin-trading.com.cn');
INSERT INTO public."顧客" VALUES (3, 'plain', '乗俓僜乗俓僜', 'kim.minjun@hanbit-logistics.co.kr');


--
-- Name: 顧客 顧客_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."顧客"
    ADD CONSTRAINT "顧客_pkey" PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict 6snS7tYd2jwwpN25c4CynGf6N4nhJcGTJTE6mNe6umrZ8d1sp5nB1niMDbJRkxh

