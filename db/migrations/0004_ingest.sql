-- 0004: evidence ingest: resumable uploads, recording packages, processing jobs, fixity,
-- retention and legal holds.
-- Forward-only: never edit this file once released.

-- Recordings now exist while their bytes arrive (state 'uploading') and move through
-- verifying -> processing -> available, or end 'failed' with a reason. A capture recording
-- learns its digest (that of its manifest) and size only when it is completed.
ALTER TABLE recordings DROP CONSTRAINT recordings_state_check;
ALTER TABLE recordings ADD CONSTRAINT recordings_state_check
  CHECK (state IN ('uploading', 'verifying', 'processing', 'available', 'failed'));
ALTER TABLE recordings ALTER COLUMN sha256 DROP NOT NULL;
ALTER TABLE recordings
  ADD COLUMN kind             text        NOT NULL DEFAULT 'file' CHECK (kind IN ('file', 'capture')),
  ADD COLUMN failure_reason   text        NOT NULL DEFAULT '' CHECK (length(failure_reason) <= 2000),
  ADD COLUMN capture_manifest jsonb,
  ADD COLUMN capture_seal     text        CHECK (capture_seal ~ '^[0-9a-f]{64}$'),
  ADD COLUMN gaps             jsonb       NOT NULL DEFAULT '[]',
  ADD COLUMN updated_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
  ADD COLUMN completed_at     timestamptz;

-- Every stored file of a recording: originals (as uploaded, never modified) and what
-- processing derived from them. sha256 is also the media store key.
CREATE TABLE recording_files (
  recording_id  uuid        NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
  role          text        NOT NULL
                            CHECK (role IN ('original', 'segment', 'manifest', 'master', 'thumbnail', 'waveform')),
  sequence      integer     NOT NULL DEFAULT 0 CHECK (sequence >= 0),
  file_name     text        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  size_bytes    bigint      NOT NULL CHECK (size_bytes >= 0),
  sha256        text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content_type  text        NOT NULL DEFAULT 'application/octet-stream',
  media_time_ms bigint      NOT NULL DEFAULT 0,
  duration_ms   bigint      NOT NULL DEFAULT 0,
  created_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (recording_id, role, sequence)
);
CREATE INDEX recording_files_sha256_idx ON recording_files (sha256);

-- Recordings stored before this migration: their one file is the original.
INSERT INTO recording_files (recording_id, role, sequence, file_name, size_bytes, sha256, created_at)
  SELECT id, 'original', 0, file_name, size_bytes, sha256, created_at
  FROM recordings WHERE sha256 IS NOT NULL;
UPDATE recordings SET completed_at = created_at WHERE state = 'available';

-- Resumable uploads. The id is chosen by the client so that a retry never duplicates.
-- durable_offset: every byte below it is on stable storage.
CREATE TABLE uploads (
  id             uuid        PRIMARY KEY,
  recording_id   uuid        NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
  role           text        NOT NULL CHECK (role IN ('original', 'segment')),
  sequence       integer     NOT NULL DEFAULT 0 CHECK (sequence >= 0),
  file_name      text        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  size_bytes     bigint      NOT NULL CHECK (size_bytes >= 0),
  sha256         text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  state          text        NOT NULL CHECK (state IN ('receiving', 'complete', 'expired', 'aborted')),
  durable_offset bigint      NOT NULL DEFAULT 0,
  created_by     uuid        NOT NULL REFERENCES users (id),
  created_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
  updated_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
  expires_at     timestamptz NOT NULL,
  completed_at   timestamptz,
  CHECK (durable_offset BETWEEN 0 AND size_bytes)
);
-- One live upload per member of a recording.
CREATE UNIQUE INDEX uploads_live_member_idx ON uploads (recording_id, role, sequence)
  WHERE state IN ('receiving', 'complete');
CREATE INDEX uploads_expiry_idx ON uploads (expires_at) WHERE state = 'receiving';
-- Listing the segments of a capture, and deleting a hearing's uploads (expired ones included).
CREATE INDEX uploads_recording_idx ON uploads (recording_id, sequence);

-- The job queue: claimed with FOR UPDATE SKIP LOCKED by any server instance. A running job
-- whose lease (locked_until) passed is claimable again (its worker died).
CREATE TABLE jobs (
  id           bigserial   PRIMARY KEY,
  kind         text        NOT NULL
                           CHECK (kind IN ('process_recording', 'fixity_sweep', 'retention_sweep', 'expire_uploads')),
  subject      text        NOT NULL DEFAULT '',
  payload      jsonb       NOT NULL DEFAULT '{}',
  state        text        NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
  attempts     integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts integer     NOT NULL DEFAULT 5 CHECK (max_attempts >= 1),
  run_after    timestamptz NOT NULL DEFAULT clock_timestamp(),
  locked_by    text,
  locked_until timestamptz,
  last_error   text        NOT NULL DEFAULT '' CHECK (length(last_error) <= 4000),
  created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
  updated_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
  finished_at  timestamptz
);
CREATE INDEX jobs_queued_idx ON jobs (run_after, id) WHERE state = 'queued';
CREATE INDEX jobs_running_idx ON jobs (locked_until) WHERE state = 'running';
CREATE INDEX jobs_created_idx ON jobs (created_at DESC, id DESC);
-- At most one pending job per (kind, subject): enqueueing is idempotent.
CREATE UNIQUE INDEX jobs_one_pending_idx ON jobs (kind, subject) WHERE state IN ('queued', 'running');

-- Fixity: one row per sweep, and the last check of every stored object (by key).
CREATE TABLE fixity_runs (
  id              bigserial   PRIMARY KEY,
  job_id          bigint      REFERENCES jobs (id) ON DELETE SET NULL,
  started_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
  finished_at     timestamptz,
  objects_checked bigint      NOT NULL DEFAULT 0,
  bytes_checked   bigint      NOT NULL DEFAULT 0,
  mismatches      bigint      NOT NULL DEFAULT 0,
  missing         bigint      NOT NULL DEFAULT 0,
  error           text        NOT NULL DEFAULT ''
);
CREATE TABLE fixity_checks (
  sha256        text        PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  checked_at    timestamptz NOT NULL,
  ok            boolean     NOT NULL,
  actual_sha256 text        NOT NULL DEFAULT '',
  error         text        NOT NULL DEFAULT '',
  run_id        bigint      REFERENCES fixity_runs (id) ON DELETE SET NULL
);
CREATE INDEX fixity_checks_failed_idx ON fixity_checks (checked_at) WHERE NOT ok;

-- Alerts for admins. One open alert per (kind, subject).
CREATE TABLE alerts (
  id              bigserial   PRIMARY KEY,
  kind            text        NOT NULL CHECK (kind IN ('fixity_mismatch', 'fixity_missing', 'job_failed')),
  subject         text        NOT NULL,
  recording_id    uuid,
  detail          text        NOT NULL DEFAULT '' CHECK (length(detail) <= 4000),
  created_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
  acknowledged_by uuid        REFERENCES users (id),
  acknowledged_at timestamptz
);
CREATE UNIQUE INDEX alerts_open_idx ON alerts (kind, subject) WHERE acknowledged_at IS NULL;

-- Retention: the most specific policy applies (office and kind, then office, then kind).
CREATE TABLE retention_policies (
  id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  office_id    uuid        REFERENCES offices (id),
  hearing_kind text        CHECK (hearing_kind IN ('suspect', 'defendant', 'victim', 'witness', 'expert', 'other')),
  retain_days  integer     NOT NULL CHECK (retain_days BETWEEN 1 AND 36500),
  created_by   uuid        NOT NULL REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
  updated_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
  CHECK (office_id IS NOT NULL OR hearing_kind IS NOT NULL)
);
CREATE UNIQUE INDEX retention_policies_scope_idx
  ON retention_policies (coalesce(office_id::text, ''), coalesce(hearing_kind, ''));

CREATE TABLE legal_holds (
  id             uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  hearing_id     uuid        NOT NULL REFERENCES hearings (id) ON DELETE CASCADE,
  reason         text        NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 1000),
  placed_by      uuid        NOT NULL REFERENCES users (id),
  placed_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
  released_by    uuid        REFERENCES users (id),
  released_at    timestamptz,
  release_reason text        NOT NULL DEFAULT '' CHECK (length(release_reason) <= 1000)
);
CREATE UNIQUE INDEX legal_holds_active_idx ON legal_holds (hearing_id) WHERE released_at IS NULL;

-- A hearing under an active legal hold cannot be deleted, whatever the application does.
CREATE FUNCTION hearings_refuse_held_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM legal_holds WHERE hearing_id = OLD.id AND released_at IS NULL) THEN
    RAISE EXCEPTION 'hearing % is under a legal hold and cannot be deleted', OLD.id
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN OLD;
END;
$$;
CREATE TRIGGER hearings_legal_hold BEFORE DELETE ON hearings
  FOR EACH ROW EXECUTE FUNCTION hearings_refuse_held_delete();
