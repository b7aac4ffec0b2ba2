-- The markers of a capture's sealed manifest, kept with the recording (kind, text, media time,
-- wall time, run), read from the manifests of captures completed before this migration.
ALTER TABLE recordings ADD COLUMN markers jsonb NOT NULL DEFAULT '[]';

UPDATE recordings r
   SET markers = (
     SELECT coalesce(jsonb_agg(jsonb_build_object(
              'kind', coalesce(m->>'kind', ''),
              'text', coalesce(m->>'text', ''),
              'media_time_ms', coalesce((m->>'mediaTimeMs')::bigint, 0),
              'wall_time', coalesce(m->>'wallTime', ''),
              'run', coalesce((m->>'run')::int, 1)) ORDER BY ord), '[]'::jsonb)
       FROM jsonb_array_elements(r.capture_manifest->'markers') WITH ORDINALITY AS e(m, ord))
 WHERE jsonb_typeof(r.capture_manifest->'markers') = 'array';
