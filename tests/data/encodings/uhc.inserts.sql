--
-- PostgreSQL database dump
--

\restrict WRNFhx3H2Q8ZK6GhzV9526W0FrTdidd10u3PsCfmG6MedasdCM4U17zgduUI8S6

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UHC';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: мскт; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."мскт" (
    id integer NOT NULL,
    name text NOT NULL,
    note text,
    email text
);


--
-- Data for Name: мскт; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."мскт" VALUES (1, '╟║Ё╙╢ы', 'tab	and \ backslash', 'hanako.sato@tanaka-shoji.co.jp');
INSERT INTO public."мскт" VALUES (2, '╟║Ё╙╢ыx', NULL, 'li.wei@huaxin-trading.com.cn');
INSERT INTO public."мскт" VALUES (3, 'plain', '╟║Ё╙╢ы╟║Ё╙╢ы', 'kim.minjun@hanbit-logistics.co.kr');


--
-- Name: мскт мскт_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."мскт"
    ADD CONSTRAINT "мскт_pkey" PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict WRNFhx3H2Q8ZK6GhzV9526W0FrTdidd10u3PsCfmG6MedasdCM4U17zgduUI8S6

