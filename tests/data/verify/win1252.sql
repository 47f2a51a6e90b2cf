--
-- A WIN1252 dump with the euro sign and curly quotes.
--
SET client_encoding = 'WIN1252';
SET standard_conforming_strings = on;
CREATE TABLE public.price (id integer NOT NULL, label text);
COPY public.price (id, label) FROM stdin;
1	€ 5 “net”
\.
