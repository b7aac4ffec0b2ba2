-- 0007: a client that hashes a file while it sends it declares the SHA-256 only at
-- CompleteUpload. Until then the upload holds '' (and its FILE recording NULL); a completed
-- upload always has its digest.
-- Forward-only: never edit this file once released.
ALTER TABLE uploads DROP CONSTRAINT uploads_sha256_check;
ALTER TABLE uploads ADD CONSTRAINT uploads_sha256_check
  CHECK (sha256 ~ '^[0-9a-f]{64}$' OR (sha256 = '' AND state <> 'complete'));
