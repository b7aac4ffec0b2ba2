-- 0001: offices, users, sessions, hearings with participants, recordings.
-- Forward-only: never edit this file once released; add 0002_..., 0003_... instead.
-- Later tables (audit_events, uploads, jobs, annotations) reference these by uuid.
-- Needs PostgreSQL 13 or later (gen_random_uuid() built in).


CREATE TABLE offices (
  id         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  name       text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  parent_id  uuid        REFERENCES offices (id),
  active     boolean     NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX offices_created_idx ON offices (created_at, id);
CREATE INDEX offices_parent_idx ON offices (parent_id) WHERE parent_id IS NOT NULL;

CREATE TABLE users (
  id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  username      text        NOT NULL UNIQUE
                            CHECK (username ~ '^[A-Za-z0-9._@-]{1,64}$'),
  office_id     uuid        NOT NULL REFERENCES offices (id),
  role          text        NOT NULL CHECK (role IN ('admin', 'prosecutor', 'clerk', 'auditor')),
  password_hash text        NOT NULL CHECK (length(password_hash) BETWEEN 1 AND 1024),
  disabled      boolean     NOT NULL DEFAULT false,
  failed_logins integer     NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
  locked_until  timestamptz,
  created_at    timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX users_office_idx ON users (office_id);

CREATE TABLE sessions (
  token_hash   text        PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  user_id      uuid        NOT NULL REFERENCES users (id),
  created_at   timestamptz NOT NULL,
  expires_at   timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  revoked_at   timestamptz,
  CHECK (expires_at >= created_at)
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at) WHERE revoked_at IS NULL;

CREATE TABLE hearings (
  id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  office_id   uuid        NOT NULL REFERENCES offices (id),
  case_number text        NOT NULL CHECK (length(btrim(case_number)) BETWEEN 1 AND 100),
  kind        text        NOT NULL
                          CHECK (kind IN ('suspect', 'defendant', 'victim', 'witness', 'expert', 'other')),
  title       text        NOT NULL DEFAULT '' CHECK (length(title) <= 500),
  location    text        NOT NULL DEFAULT '' CHECK (length(location) <= 500),
  status      text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  created_by  uuid        NOT NULL REFERENCES users (id),
  created_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
-- List queries: newest first, all offices or one office (keyset on created_at, id).
CREATE INDEX hearings_created_idx ON hearings (created_at DESC, id DESC);
CREATE INDEX hearings_office_created_idx ON hearings (office_id, created_at DESC, id DESC);
CREATE INDEX hearings_case_idx ON hearings (case_number);

CREATE TABLE hearing_participants (
  hearing_id uuid    NOT NULL REFERENCES hearings (id) ON DELETE CASCADE,
  position   integer NOT NULL CHECK (position >= 0),
  role       text    NOT NULL CHECK (length(btrim(role)) BETWEEN 1 AND 100),
  name       text    NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  PRIMARY KEY (hearing_id, position)
);

CREATE TABLE recordings (
  id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  hearing_id  uuid        NOT NULL REFERENCES hearings (id),
  file_name   text        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  size_bytes  bigint      NOT NULL CHECK (size_bytes >= 0),
  sha256      text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  state       text        NOT NULL CHECK (state IN ('uploading', 'available', 'failed')),
  media_info  jsonb,
  media_error text        NOT NULL DEFAULT '' CHECK (length(media_error) <= 2000),
  uploaded_by uuid        NOT NULL REFERENCES users (id),
  created_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX recordings_hearing_idx ON recordings (hearing_id, created_at, id);
CREATE INDEX recordings_sha256_idx ON recordings (sha256);
