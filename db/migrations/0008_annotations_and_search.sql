-- 0008: annotations with their revisions, and search over hearings and annotations.
--
-- Annotations: a note on a recording at a media time (or a range), with a kind and text. Each
-- change (creation, edit, deletion) is a row of annotation_revisions; annotations holds the
-- current state. The markers of a capture's sealed manifest become annotations (from_capture,
-- capture_index = the marker's position in the manifest); recordings.markers keeps them as
-- sealed whatever happens to their annotations.
--
-- Search: one stored tsvector per hearing (case number, participants' names, title, location)
-- and per annotation (its text), built with the text search configuration "audientia": the
-- Romanian configuration whose words pass through unaccent first, so that "stefanescu" finds
-- "Ștefănescu" written with comma-below or cedilla letters (unaccent folds both) and a query is
-- folded the same way. Cyrillic and Arabic words are kept as written (lower-cased). Case
-- numbers are also found by any part of them: a pg_trgm index over their folded form.
-- Composite GIN indexes (office_id, tsvector) through btree_gin keep the office filter inside
-- the index.

CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA public;

CREATE TEXT SEARCH CONFIGURATION public.audientia (COPY = pg_catalog.romanian);
ALTER TEXT SEARCH CONFIGURATION public.audientia
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
  WITH public.unaccent, pg_catalog.romanian_stem;

-- Arabic short vowels and tatweel are not letters of the word: dropped before indexing and
-- before querying (unaccent leaves them).
CREATE FUNCTION public.audientia_strip(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT regexp_replace(t, '[\u064B-\u065F\u0670\u0640]', '', 'g') $$;

-- unaccent() is only STABLE (it reads its dictionary by name); this wrapper names the
-- dictionary with its schema and is IMMUTABLE so that index expressions may use it.
CREATE FUNCTION public.audientia_fold(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, public.audientia_strip(t))) $$;

CREATE FUNCTION public.audientia_tsvector(t text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT to_tsvector('public.audientia'::regconfig, public.audientia_strip(t)) $$;

-- A user's words as a tsquery: every word required, each word of three letters or more also as
-- a prefix ("stef" finds "Ștefănescu"). Built from the lexemes the parser makes, so operators
-- typed by the user (& | ! ( ) : * ' \) are never parsed as tsquery syntax. NULL when the text
-- has no word.
CREATE FUNCTION public.audientia_tsquery(q text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT string_agg('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || ''''
                        || CASE WHEN length(lexeme) >= 3 THEN ':*' ELSE '' END, ' & ')::tsquery
      FROM unnest(public.audientia_tsvector(q)) AS u(lexeme)
  $$;

-- Hearings: the searchable document, kept by triggers (participants live in their own table).
ALTER TABLE hearings ADD COLUMN search_doc tsvector NOT NULL DEFAULT ''::tsvector;

CREATE FUNCTION public.audientia_hearing_doc(h_id uuid) RETURNS tsvector
  LANGUAGE sql STABLE
  AS $$
    SELECT setweight(public.audientia_tsvector(h.case_number), 'A')
        || setweight(public.audientia_tsvector(coalesce(
             (SELECT string_agg(p.name, ' ' ORDER BY p.position)
                FROM hearing_participants p WHERE p.hearing_id = h.id), '')), 'A')
        || setweight(public.audientia_tsvector(h.title), 'B')
        || setweight(public.audientia_tsvector(h.location), 'C')
      FROM hearings h WHERE h.id = h_id
  $$;

CREATE FUNCTION public.audientia_hearing_doc_refresh() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_TABLE_NAME = 'hearings' THEN
      UPDATE hearings SET search_doc = public.audientia_hearing_doc(NEW.id) WHERE id = NEW.id;
    ELSIF TG_OP = 'DELETE' THEN
      UPDATE hearings SET search_doc = public.audientia_hearing_doc(OLD.hearing_id)
       WHERE id = OLD.hearing_id;
    ELSE
      UPDATE hearings SET search_doc = public.audientia_hearing_doc(NEW.hearing_id)
       WHERE id = NEW.hearing_id;
    END IF;
    RETURN NULL;
  END
  $$;

CREATE TRIGGER hearings_search_doc AFTER INSERT OR UPDATE OF case_number, title, location
  ON hearings FOR EACH ROW EXECUTE FUNCTION public.audientia_hearing_doc_refresh();
CREATE TRIGGER hearing_participants_search_doc AFTER INSERT OR UPDATE OR DELETE
  ON hearing_participants FOR EACH ROW EXECUTE FUNCTION public.audientia_hearing_doc_refresh();

UPDATE hearings SET search_doc = public.audientia_hearing_doc(id);

CREATE INDEX hearings_search_idx ON hearings USING gin (office_id, search_doc);
CREATE INDEX hearings_case_trgm_idx ON hearings
  USING gin (public.audientia_fold(case_number) public.gin_trgm_ops);

-- Annotations, partitioned by office (one partition per office, made when the office is made):
-- a search with the office filter reads that office's rows, stored together, through that
-- office's own index, whatever the size of the rest of the country (docs/search.md has the
-- measurements that chose this). Rows of an office without its partition land in the default
-- partition, which is still searched correctly.
CREATE TABLE annotations (
  id            uuid        NOT NULL DEFAULT gen_random_uuid(),
  recording_id  uuid        NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
  hearing_id    uuid        NOT NULL REFERENCES hearings (id) ON DELETE CASCADE,
  office_id     uuid        NOT NULL REFERENCES offices (id),
  kind          text        NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_-]{0,31}$'),
  start_ms      bigint      NOT NULL CHECK (start_ms >= 0),
  end_ms        bigint      CHECK (end_ms IS NULL OR end_ms >= start_ms),
  text          text        NOT NULL CHECK (length(text) <= 10000),
  wall_time     timestamptz,
  from_capture  boolean     NOT NULL DEFAULT false,
  capture_index integer     CHECK (capture_index IS NULL OR capture_index >= 0),
  revision      integer     NOT NULL DEFAULT 1 CHECK (revision >= 1),
  deleted       boolean     NOT NULL DEFAULT false,
  author_id     uuid        NOT NULL REFERENCES users (id),
  created_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  updated_by    uuid        NOT NULL REFERENCES users (id),
  updated_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  search_doc    tsvector    GENERATED ALWAYS AS (public.audientia_tsvector(text)) STORED,
  PRIMARY KEY (office_id, id),
  UNIQUE (office_id, recording_id, capture_index)
) PARTITION BY LIST (office_id);
CREATE TABLE annotations_default PARTITION OF annotations DEFAULT;
CREATE INDEX annotations_id_idx ON annotations (id);
CREATE INDEX annotations_hearing_idx ON annotations (hearing_id, start_ms, id);
CREATE INDEX annotations_search_idx ON annotations USING gin (office_id, search_doc)
  WHERE NOT deleted;

-- The partition of an office (idempotent).
CREATE FUNCTION public.audientia_office_partition(o uuid) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE
    name text := 'annotations_o_' || replace(o::text, '-', '');
  BEGIN
    IF to_regclass('public.' || name) IS NULL THEN
      EXECUTE format('CREATE TABLE public.%I PARTITION OF public.annotations FOR VALUES IN (%L)',
                     name, o);
    END IF;
  END
  $$;

CREATE FUNCTION public.audientia_office_partition_on_insert() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    PERFORM public.audientia_office_partition(NEW.id);
    RETURN NULL;
  END
  $$;
CREATE TRIGGER offices_annotation_partition AFTER INSERT ON offices
  FOR EACH ROW EXECUTE FUNCTION public.audientia_office_partition_on_insert();
SELECT public.audientia_office_partition(id) FROM offices;

CREATE TABLE annotation_revisions (
  office_id     uuid        NOT NULL,
  annotation_id uuid        NOT NULL,
  revision      integer     NOT NULL CHECK (revision >= 1),
  change        text        NOT NULL CHECK (change IN ('create', 'edit', 'delete')),
  kind          text        NOT NULL,
  start_ms      bigint      NOT NULL,
  end_ms        bigint,
  text          text        NOT NULL,
  changed_by    uuid        NOT NULL REFERENCES users (id),
  changed_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (annotation_id, revision),
  FOREIGN KEY (office_id, annotation_id) REFERENCES annotations (office_id, id) ON DELETE CASCADE
);
CREATE INDEX annotation_revisions_annotation_idx ON annotation_revisions (office_id, annotation_id);

-- The markers of a completed capture become annotations of its recording (author: the user who
-- recorded it), each with its first revision. Idempotent: a marker already an annotation is
-- skipped. Called when a capture is completed, and below for those completed before.
CREATE FUNCTION public.audientia_annotate_markers(rec uuid) RETURNS integer
  LANGUAGE sql
  AS $$
    WITH markers AS (
      SELECT r.id AS recording_id, r.hearing_id, h.office_id, r.uploaded_by, e.m,
             (e.ord - 1)::int AS idx
        FROM recordings r
        JOIN hearings h ON h.id = r.hearing_id
       CROSS JOIN LATERAL jsonb_array_elements(
             CASE WHEN jsonb_typeof(r.markers) = 'array' THEN r.markers ELSE '[]'::jsonb END)
             WITH ORDINALITY AS e(m, ord)
       WHERE r.id = rec
    ), inserted AS (
      INSERT INTO annotations (recording_id, hearing_id, office_id, kind, start_ms, text,
                               wall_time, from_capture, capture_index, author_id, updated_by)
      SELECT recording_id, hearing_id, office_id,
             CASE WHEN coalesce(m->>'kind', '') ~ '^[a-z][a-z0-9_-]{0,31}$' THEN m->>'kind'
                  ELSE 'note' END,
             greatest(coalesce((m->>'media_time_ms')::bigint, 0), 0),
             left(coalesce(m->>'text', ''), 10000),
             CASE WHEN coalesce(m->>'wall_time', '') ~ '^\d{4}-\d\d-\d\dT'
                  THEN (m->>'wall_time')::timestamptz END,
             true, idx, uploaded_by, uploaded_by
        FROM markers
      ON CONFLICT (office_id, recording_id, capture_index) DO NOTHING
      RETURNING id, office_id, kind, start_ms, text, author_id, created_at
    ), revisions AS (
      INSERT INTO annotation_revisions (office_id, annotation_id, revision, change, kind,
                                        start_ms, text, changed_by, changed_at)
      SELECT office_id, id, 1, 'create', kind, start_ms, text, author_id, created_at
        FROM inserted
      RETURNING 1
    )
    SELECT count(*)::int FROM revisions
  $$;

SELECT public.audientia_annotate_markers(id) FROM recordings WHERE markers <> '[]'::jsonb;
