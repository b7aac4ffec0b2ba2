-- The SHA-512 of stored evidence objects (issue 17). An evidence package lists every payload
-- file by SHA-256 and by SHA-512 (RFC 8493 asks tools to offer SHA-512); the SHA-256 is the
-- object's key in the media store, checked at upload and by every fixity run, and the SHA-512
-- is kept here once computed (by the processing job, in the background after a recording
-- arrives), so that an export reads each object once and hashes nothing. Keyed by the object,
-- as the store is: a file uploaded twice is one object with one row.
CREATE TABLE object_digests (
  sha256      text        PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  sha512      text        NOT NULL CHECK (sha512 ~ '^[0-9a-f]{128}$'),
  computed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
