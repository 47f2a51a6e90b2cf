--
-- PostgreSQL database dump
--

\restrict Hq3N8bT2kW7vY1mZ5cR9pL4xD6fG0sJe

-- Dumped from database version 17.6 (Debian 17.6-1.pgdg120+1)
-- Dumped by pg_dump version 17.6 (Debian 17.6-1.pgdg120+1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: birth_registry; Type: TABLE; Schema: public; Owner: registry
--

CREATE TABLE public.birth_registry (
    id uuid NOT NULL,
    registration_no text NOT NULL,
    child_full_name text NOT NULL,
    parent_email text,
    status text NOT NULL,
    approval_hash character(64),
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone
);


ALTER TABLE public.birth_registry OWNER TO registry;

--
-- Name: approvals; Type: TABLE; Schema: public; Owner: registry
--

CREATE TABLE public.approvals (
    id bigint NOT NULL,
    registry_id uuid NOT NULL,
    status text NOT NULL,
    approved_by text NOT NULL,
    approved_at timestamp with time zone,
    decision_hash character(64) NOT NULL,
    note text
);


ALTER TABLE public.approvals OWNER TO registry;

--
-- Name: state_changes; Type: TABLE; Schema: public; Owner: registry
--

CREATE TABLE public.state_changes (
    id bigint NOT NULL,
    registry_id uuid NOT NULL,
    from_status text,
    to_status text NOT NULL,
    changed_at timestamp with time zone NOT NULL,
    row_hash character(64) NOT NULL
);


ALTER TABLE public.state_changes OWNER TO registry;

--
-- Data for Name: birth_registry; Type: TABLE DATA; Schema: public; Owner: registry
--

COPY public.birth_registry (id, registration_no, child_full_name, parent_email, status, approval_hash, created_at, updated_at) FROM stdin;
cc15cffe-04b1-b3f7-2e0f-50e4ba28a09c	BR-2026-1000	Alex Example	parent0@example.org	pending	4e1195df020de59e0d65a33a4279f1183e7ae4e5d980e309f8b55adff2e61c3e	2026-03-01 09:00:00+00	2026-04-01 10:00:00+00
7c92cf1e-ee8d-99cc-85f8-355a3d6e4b86	BR-2026-1001	Sam Example	parent1@example.org	approved	f55ff16f66f43360266b95db6f8fec01d76031054306ae4a4b380598f6cfd114	2026-03-02 09:01:00+00	2026-04-02 10:00:00+00
d2791864-28a7-5016-b17e-4df5ea43d080	BR-2026-1002	Robin Example	parent2@example.org	approved	2c3a4249d77070058649dbd822dcaf7957586fce428cfb2ca88b94741eda8b07	2026-03-03 09:02:00+00	2026-04-03 10:00:00+00
9d3e622d-f914-d8de-7f74-7b7b8b143c52	BR-2026-1003	Kim Example	parent3@example.org	pending	f46dd28a5499d8efef0b8fb8ee1ec1c5a5e407c9381741d576ba8deb4f59ec3f	2026-03-04 09:03:00+00	2026-04-04 10:00:00+00
44379f2b-1a56-11f6-2559-2bbf6e596a47	BR-2026-1004	Jo Example	parent4@example.org	approved	4539e4b4889079c2a00afeae0bfc1439840ef2379a1fb81c8ba27361ad476d6b	2026-03-05 09:04:00+00	2026-04-05 10:00:00+00
ed84d589-f231-f3dc-4203-153e6fb4b4d5	BR-2026-1005	Charlie Example	parent5@example.org	approved	66220e71591b2d933c0e935c138ebfd60710b91fe2fb7599eced4430b3dbb3c9	2026-03-06 09:05:00+00	2026-04-06 10:00:00+00
c4a68dc9-5994-3caf-76d5-cb46c97201f2	BR-2026-1006	Noa Example	parent6@example.org	pending	730bea4ff16f200fb931b06cae08a5da8e279813775d7ed81e680b4a77946fe1	2026-03-07 09:06:00+00	2026-04-07 10:00:00+00
3d8abfbb-5128-006d-4295-b1ab5fc70bad	BR-2026-1007	Luca Example	parent7@example.org	approved	20377cec9f51f6bf5ba1fa64649f3b1614e4eee833fd0fc5893f24f6e0accbaf	2026-03-08 09:07:00+00	2026-04-08 10:00:00+00
90a071d6-a73f-529d-a5ef-eb75b4cec839	BR-2026-1008	Mika Example	parent8@example.org	approved	ce609b5bf3b974a84907e237aca3011286182be9b1b87cad7b4e9cf5d0be355f	2026-03-09 09:08:00+00	2026-04-09 10:00:00+00
1e95ec65-c03e-06c5-057a-1659d1788dbd	BR-2026-1009	Ari Example	parent9@example.org	pending	2b12242f306cde1c5f3670f1ea20dd4d6390316bd23102f2cb9d640f48b174d7	2026-03-10 09:09:00+00	2026-04-10 10:00:00+00
a2a1f63d-98e3-755f-63fb-60485a56c853	BR-2026-1010	Kai Example	parent10@example.org	approved	e80fb65ac70384bd8bab0358d60b7cbe96de5b2de7c095e0d8695852e9c673af	2026-03-11 09:10:00+00	2026-04-11 10:00:00+00
4678f5a9-97d3-c425-5133-1e04596491d3	BR-2026-1011	Eli Example	parent11@example.org	approved	ea1ff066194e9ce5fbc1533b244022f9ab53ef1cf2f4486f35f949fbbc1be3c6	2026-03-12 09:11:00+00	2026-04-12 10:00:00+00
\.


--
-- Data for Name: approvals; Type: TABLE DATA; Schema: public; Owner: registry
--

COPY public.approvals (id, registry_id, status, approved_by, approved_at, decision_hash, note) FROM stdin;
1	cc15cffe-04b1-b3f7-2e0f-50e4ba28a09c	requested	reviewer-01	\N	0ad52e338662c923b15fd45a73c6e97336efccf28a7aef9449443cc6dd7415fb	checked against source record 1
2	7c92cf1e-ee8d-99cc-85f8-355a3d6e4b86	approved	reviewer-02	2026-04-02 10:00:00+00	8b53639f152c8fc6ef30802fde462ba0be9cf085f7580dc69efd72e002abbb35	checked against source record 2
3	d2791864-28a7-5016-b17e-4df5ea43d080	approved	reviewer-03	2026-04-03 10:00:00+00	e788103ee15318fcd2af9b73b4ebbb33a903b020de7b307d71f5fed0f433e548	checked against source record 3
4	9d3e622d-f914-d8de-7f74-7b7b8b143c52	requested	reviewer-04	\N	f451a61749c611ba0fa0e16c61831db44f38c611dff25879cf271a24c81a88b6	checked against source record 4
5	44379f2b-1a56-11f6-2559-2bbf6e596a47	approved	reviewer-01	2026-04-05 10:00:00+00	af327a6478537246e0d9f0c589986d5f067d2e2351a1ca5a0a4962424da0e408	checked against source record 5
6	ed84d589-f231-f3dc-4203-153e6fb4b4d5	approved	reviewer-02	2026-04-06 10:00:00+00	25f682044b5badaff8b296bf6fd676214968b238fcff5559e64f38c88bb9790f	checked against source record 6
7	c4a68dc9-5994-3caf-76d5-cb46c97201f2	requested	reviewer-03	\N	79b98f273c175489f40b682a0e43f0b22aa3cc9cf2a578e163f291f13fc9f912	checked against source record 7
8	3d8abfbb-5128-006d-4295-b1ab5fc70bad	approved	reviewer-04	2026-04-08 10:00:00+00	82396aa34d3d216d4a545cf6f34c62f84985d669d5384686caa9a5de4bc2ef3e	checked against source record 8
9	90a071d6-a73f-529d-a5ef-eb75b4cec839	approved	reviewer-01	2026-04-09 10:00:00+00	56f8921507e0f67c48d43947aedb1470fd561233db3c6daea747f8894ef412cc	checked against source record 9
10	1e95ec65-c03e-06c5-057a-1659d1788dbd	requested	reviewer-02	\N	f0b8e894c1e3d99ab31459d3e0398a19918cca6da124ddcd3d948aef901f2ca6	checked against source record 10
11	a2a1f63d-98e3-755f-63fb-60485a56c853	approved	reviewer-03	2026-04-11 10:00:00+00	ce66af0c0480b94c19a808b6b44d6617ff856b0e3d3a09bbc26af4da3f70a7c9	checked against source record 11
12	4678f5a9-97d3-c425-5133-1e04596491d3	approved	reviewer-04	2026-04-12 10:00:00+00	cc89a056daf108c4f9f15b2ab8e1b6c7d348fe351b1ec89b5af3d15faba866e6	checked against source record 12
\.


--
-- Data for Name: state_changes; Type: TABLE DATA; Schema: public; Owner: registry
--

COPY public.state_changes (id, registry_id, from_status, to_status, changed_at, row_hash) FROM stdin;
1	cc15cffe-04b1-b3f7-2e0f-50e4ba28a09c	\N	pending	2026-03-01 09:01:00+00	e8bc163c82eee18733288c7d4ac636db3a6deb013ef2d37b68322be20edc45cc
2	7c92cf1e-ee8d-99cc-85f8-355a3d6e4b86	\N	pending	2026-03-02 09:02:00+00	ad328846aa18b32a335816374511cac1063c704b8c57999e51da9f908290a7a4
3	7c92cf1e-ee8d-99cc-85f8-355a3d6e4b86	pending	approved	2026-03-02 09:03:00+00	41242b9fae56fad4e6e77dfe33cb18d1c3fc583f988cf25ef9f2d9be0d440bbb
4	d2791864-28a7-5016-b17e-4df5ea43d080	\N	pending	2026-03-03 09:04:00+00	5b840157e7e86aef3b3fd0fc24f3add34d3e7f210370d429475ed1bcd3e7fca2
5	d2791864-28a7-5016-b17e-4df5ea43d080	pending	approved	2026-03-03 09:05:00+00	3b96fc064fa874a80a132bda60bebf54efbc780a358fdcae4fbbd7e12b66b630
6	9d3e622d-f914-d8de-7f74-7b7b8b143c52	\N	pending	2026-03-04 09:06:00+00	71e7690959239ca065841eba3ebb281072baa78ba0bb31079b9acb4a009a9fe3
7	44379f2b-1a56-11f6-2559-2bbf6e596a47	\N	pending	2026-03-05 09:07:00+00	13d28fed9becbe6637ef6b017fbefef73b2b907e25eb00396f7c2675623e87f6
8	44379f2b-1a56-11f6-2559-2bbf6e596a47	pending	approved	2026-03-05 09:08:00+00	1cb7637b6957ac5d6f6cdec745554afd3cd1537bb6e7a8e74d41c2ea58b89e97
9	ed84d589-f231-f3dc-4203-153e6fb4b4d5	\N	pending	2026-03-06 09:09:00+00	e72d310dbb213f4c2e34da28935b38905332ee3628a04df2dd13859fd769c6c5
10	ed84d589-f231-f3dc-4203-153e6fb4b4d5	pending	approved	2026-03-06 09:10:00+00	d34beeb70cddcc1f973ab468a4f7467557065a2fc1b9c118e728035b25d38af0
11	c4a68dc9-5994-3caf-76d5-cb46c97201f2	\N	pending	2026-03-07 09:11:00+00	568db421693629b25e9eb5597365e4e862638d29dcc0bb03f4085ebf2d5afd6b
12	3d8abfbb-5128-006d-4295-b1ab5fc70bad	\N	pending	2026-03-08 09:12:00+00	ff521c8648fd7f877700f8236f9dbc46b0f5e930184e620fd8499acb27bc5762
13	3d8abfbb-5128-006d-4295-b1ab5fc70bad	pending	approved	2026-03-08 09:13:00+00	1d7aaccdd2031472c25d8c4d757864058f2782c66d59e315bd4bb4c3002f6f9a
14	90a071d6-a73f-529d-a5ef-eb75b4cec839	\N	pending	2026-03-09 09:14:00+00	8c3456a7506c79f20e11e94f29cd381fec2faaf4e82b7f77b59150657556b322
15	90a071d6-a73f-529d-a5ef-eb75b4cec839	pending	approved	2026-03-09 09:15:00+00	40ba25ddfe4dad6bdf0898a0da4490a30b945da8f15ed6df7a9b51d2519bc69f
16	1e95ec65-c03e-06c5-057a-1659d1788dbd	\N	pending	2026-03-10 09:16:00+00	85a7efae94754e0aa9218b40ef885e2af469a8e3b87adc3ded3416837be3a02d
17	a2a1f63d-98e3-755f-63fb-60485a56c853	\N	pending	2026-03-11 09:17:00+00	b80f9ab9154962dc272e28b3927aa8748c29f64015d1316b1f2de7b549382d8e
18	a2a1f63d-98e3-755f-63fb-60485a56c853	pending	approved	2026-03-11 09:18:00+00	802f83fa8e5d7f74044cd9f9e98b13d7aca785f09a201ea2af3157824fa84c56
19	4678f5a9-97d3-c425-5133-1e04596491d3	\N	pending	2026-03-12 09:19:00+00	d1b56903519d59ee51d6c8b774dbe80ebb66e6331361bf7e7786597b8a19d9cb
20	4678f5a9-97d3-c425-5133-1e04596491d3	pending	approved	2026-03-12 09:20:00+00	c9f9b435ea28e08508a8cde57592bc1c430a6eafc4fdcdd0c981d4e58201046e
\.


--
-- Name: birth_registry birth_registry_pkey; Type: CONSTRAINT; Schema: public; Owner: registry
--

ALTER TABLE ONLY public.birth_registry
    ADD CONSTRAINT birth_registry_pkey PRIMARY KEY (id);


--
-- Name: approvals approvals_pkey; Type: CONSTRAINT; Schema: public; Owner: registry
--

ALTER TABLE ONLY public.approvals
    ADD CONSTRAINT approvals_pkey PRIMARY KEY (id);


--
-- Name: state_changes state_changes_pkey; Type: CONSTRAINT; Schema: public; Owner: registry
--

ALTER TABLE ONLY public.state_changes
    ADD CONSTRAINT state_changes_pkey PRIMARY KEY (id);


--
-- Name: approvals approvals_registry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: registry
--

ALTER TABLE ONLY public.approvals
    ADD CONSTRAINT approvals_registry_id_fkey FOREIGN KEY (registry_id) REFERENCES public.birth_registry(id);


--
-- Name: state_changes state_changes_registry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: registry
--

ALTER TABLE ONLY public.state_changes
    ADD CONSTRAINT state_changes_registry_id_fkey FOREIGN KEY (registry_id) REFERENCES public.birth_registry(id);


--
-- PostgreSQL database dump complete
--

\unrestrict Hq3N8bT2kW7vY1mZ5cR9pL4xD6fG0sJe

