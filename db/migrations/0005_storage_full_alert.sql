-- Alerts: storage_full, raised when a background job waits for disk space.
ALTER TABLE alerts DROP CONSTRAINT alerts_kind_check;
ALTER TABLE alerts ADD CONSTRAINT alerts_kind_check
  CHECK (kind IN ('fixity_mismatch', 'fixity_missing', 'job_failed', 'storage_full'));
