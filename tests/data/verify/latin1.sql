--
-- A LATIN1 dump: the server converts each value to its own encoding on the way in.
--
SET client_encoding = 'LATIN1';
SET standard_conforming_strings = on;
CREATE TABLE public.cafe (id integer NOT NULL, name text, note character varying(8));
COPY public.cafe (id, name, note) FROM stdin;
1	Café	naïve
2	Müller	§ 5
\.
INSERT INTO public.cafe VALUES (3, 'résumé', 'à la');
ALTER TABLE ONLY public.cafe ADD CONSTRAINT cafe_pkey PRIMARY KEY (id);
