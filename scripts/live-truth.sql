-- A live database's tables in the shape of the corpus truth files: columns with types as
-- format_type prints them with search_path = pg_catalog (as pg_dump writes types), NOT NULL,
-- primary key, kind, and the rows of the table itself (count(*) FROM ONLY). Tables that belong
-- to an extension are left out (the dump does not create them). Read by tests/matrix.rs and
-- scripts/make-realworld-truth.py.
SET search_path = pg_catalog;
SELECT json_build_object('tables', coalesce(json_agg(t ORDER BY t.schema, t.name), '[]'))
FROM (SELECT n.nspname AS schema, c.relname AS name,
        CASE c.relkind WHEN 'p' THEN 'partitioned table' ELSE 'table' END AS kind,
        (SELECT json_agg(json_build_object('name', a.attname,
                 'type', format_type(a.atttypid, a.atttypmod), 'not_null', a.attnotnull)
                 ORDER BY a.attnum)
           FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped)
          AS columns,
        (SELECT json_agg(a.attname ORDER BY k.i)
           FROM pg_constraint p, unnest(p.conkey) WITH ORDINALITY k(att, i), pg_attribute a
          WHERE p.conrelid = c.oid AND p.contype = 'p' AND a.attrelid = c.oid AND a.attnum = k.att)
          AS primary_key,
        (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM ONLY %I.%I',
                 n.nspname, c.relname), false, true, '')))[1]::text::bigint AS rows
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
       AND n.nspname NOT LIKE 'pg\_toast%'
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')) t;
