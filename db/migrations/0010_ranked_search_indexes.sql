-- 0010: search ranks inside the index, and hearings are searched office by office.
--
-- A word found in most of an office's annotations ranked every one of them: the GIN index
-- found 28,000 rows, each was read from the heap and ranked with ts_rank, then sorted, to keep
-- 21 (docs/search.md). The RUM index (postgresql-15-rum) keeps each word's positions with its
-- entries, so an index scan returns the rows already in rank order: `search_doc <=> query` is
-- 1 / ts_rank (the same rank, computed from the index), and a search reads only its page.
--
-- Hearings' documents move to hearing_search, partitioned by office like annotations: a search
-- with the office filter reads that office's documents through that office's own RUM index,
-- instead of intersecting the word's posting list over every hearing of the country with the
-- office's. hearings keeps no document of its own; the triggers of 0008 now keep
-- hearing_search.

CREATE EXTENSION IF NOT EXISTS rum WITH SCHEMA public;

CREATE TABLE hearing_search (
  office_id  uuid        NOT NULL REFERENCES offices (id),
  hearing_id uuid        NOT NULL REFERENCES hearings (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  search_doc tsvector    NOT NULL,
  PRIMARY KEY (office_id, hearing_id)
) PARTITION BY LIST (office_id);
CREATE TABLE hearing_search_default PARTITION OF hearing_search DEFAULT;
CREATE INDEX hearing_search_hearing_idx ON hearing_search (hearing_id);

-- The partitions of an office, for its annotations and its hearings' documents (idempotent).
CREATE OR REPLACE FUNCTION public.audientia_office_partition(o uuid) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE
    suffix text := '_o_' || replace(o::text, '-', '');
    parent text;
  BEGIN
    FOREACH parent IN ARRAY ARRAY['annotations', 'hearing_search'] LOOP
      IF to_regclass('public.' || parent || suffix) IS NULL THEN
        EXECUTE format('CREATE TABLE public.%I PARTITION OF public.%I FOR VALUES IN (%L)',
                       parent || suffix, parent, o);
      END IF;
    END LOOP;
  END
  $$;
SELECT public.audientia_office_partition(id) FROM offices;

INSERT INTO hearing_search (office_id, hearing_id, created_at, search_doc)
SELECT office_id, id, created_at, search_doc FROM hearings;

-- A hearing's document, written again when its words change (or its office).
CREATE OR REPLACE FUNCTION public.audientia_hearing_doc_refresh() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    target uuid;
  BEGIN
    IF TG_TABLE_NAME = 'hearings' THEN
      target := NEW.id;
    ELSIF TG_OP = 'DELETE' THEN
      target := OLD.hearing_id;
    ELSE
      target := NEW.hearing_id;
    END IF;
    DELETE FROM hearing_search s USING hearings h
     WHERE s.hearing_id = target AND h.id = target AND s.office_id <> h.office_id;
    INSERT INTO hearing_search (office_id, hearing_id, created_at, search_doc)
    SELECT h.office_id, h.id, h.created_at, public.audientia_hearing_doc(h.id)
      FROM hearings h WHERE h.id = target
    ON CONFLICT (office_id, hearing_id) DO UPDATE SET search_doc = EXCLUDED.search_doc;
    RETURN NULL;
  END
  $$;

DROP TRIGGER hearings_search_doc ON hearings;
CREATE TRIGGER hearings_search_doc AFTER INSERT OR UPDATE OF case_number, title, location, office_id
  ON hearings FOR EACH ROW EXECUTE FUNCTION public.audientia_hearing_doc_refresh();

DROP INDEX hearings_search_idx;
ALTER TABLE hearings DROP COLUMN search_doc;

CREATE INDEX hearing_search_rank_idx ON hearing_search USING rum (search_doc rum_tsvector_ops);

DROP INDEX annotations_search_idx;
CREATE INDEX annotations_rank_idx ON annotations USING rum (search_doc rum_tsvector_ops)
  WHERE NOT deleted;
