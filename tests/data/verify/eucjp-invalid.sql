--
-- An EUC_JP dump with a byte that is not EUC_JP: the server rejects the row.
--
SET client_encoding = 'EUC_JP';
SET standard_conforming_strings = on;
CREATE TABLE public.jp (id integer NOT NULL, name text);
COPY public.jp (id, name) FROM stdin;
1	ÆüËÜ
2	bad ÿ here
\.
