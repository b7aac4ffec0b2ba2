-- 0002: the audit trail (docs/audit.md).
-- Forward-only: never edit this file once released.
--
-- One row per event, numbered 1, 2, 3, ... without gaps. Each row carries the hash of the
-- previous row (prev_hash) and its own hash over the canonical encoding of its fields
-- (server/domain/audit_chain.h), so changing, deleting, inserting or reordering rows breaks the
-- chain and AuditService.VerifyAuditChain names where.
--
-- details is text, not jsonb: jsonb re-normalises (key order, spacing), and the hash covers the
-- exact bytes stored. The uuid columns have no foreign keys on purpose: an event must never be
-- refused (or later made to depend on) the rows it mentions.
--
-- Append-only in the database itself: UPDATE, DELETE and TRUNCATE raise an exception. A
-- superuser can still get around this (ALTER TABLE ... DISABLE TRIGGER, or
-- SET session_replication_role = replica); that is exactly why the hash chain exists.

CREATE TABLE audit_events (
  seq            bigint      PRIMARY KEY CHECK (seq >= 1),
  at             timestamptz NOT NULL,
  actor_id       uuid,
  actor_username text        NOT NULL DEFAULT '' CHECK (length(actor_username) <= 256),
  action         text        NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
  object_type    text        NOT NULL DEFAULT '' CHECK (length(object_type) <= 100),
  object_id      text        NOT NULL DEFAULT '' CHECK (length(object_id) <= 256),
  office_id      uuid,
  client_address text        NOT NULL DEFAULT '' CHECK (length(client_address) <= 256),
  outcome        text        NOT NULL CHECK (outcome IN ('success', 'denied', 'failure')),
  details        text        NOT NULL DEFAULT '{}'
                             CHECK (length(details) <= 65536
                                    AND jsonb_typeof(details::jsonb) = 'object'),
  prev_hash      text        NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash           text        NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);

-- The list filters (oldest first, keyset on seq within each filter).
CREATE INDEX audit_events_object_idx ON audit_events (object_id, seq);
CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, seq);
CREATE INDEX audit_events_office_idx ON audit_events (office_id, seq);
CREATE INDEX audit_events_at_idx ON audit_events (at);

CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'audit events are never changed or removed; see docs/audit.md';
END;
$$;

CREATE TRIGGER audit_events_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();

CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();

-- Nobody but the owner writes here, and nobody at all may change rows.
REVOKE ALL ON audit_events FROM PUBLIC;
