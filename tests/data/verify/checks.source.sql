CREATE DOMAIN year AS integer CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= 2155);
CREATE DOMAIN us_postal AS text CHECK (VALUE ~ '^\d{5}(-\d{4})?$');
CREATE TABLE person (
  id integer PRIMARY KEY,
  email varchar(80) NOT NULL CHECK (email ~* '^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$'),
  phone text CHECK (length(phone) BETWEEN 7 AND 16),
  name text CONSTRAINT name_not_blank CHECK (length(btrim(name)) > 0),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
  born year,
  zip us_postal,
  score numeric(6,2) CHECK (score >= 0 AND score <= 100),
  code text CHECK (code LIKE 'P-%'),
  CONSTRAINT two_cols CHECK (id > 0 OR email <> '')
);
CREATE TABLE parent (id int, CONSTRAINT parent_pos CHECK (id > 0), CONSTRAINT parent_only CHECK (false) NO INHERIT);
CREATE TABLE child (extra text) INHERITS (parent);
CREATE TABLE later (v int);
ALTER TABLE later ADD CONSTRAINT later_nv CHECK (v < 10) NOT VALID;
INSERT INTO person VALUES (1, 'ann@example.org', '+1 555 0100', 'Ann', 'active', 1980, '12345', 99.5, 'P-1'),
 (2, 'bob@example.net', NULL, 'Bob', 'closed', NULL, '12345-6789', NULL, NULL);
INSERT INTO child VALUES (5, 'x');
INSERT INTO later VALUES (50);
