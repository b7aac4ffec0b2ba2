-- 0003: identity and access control.
-- Forward-only: never edit this file once released.
--
-- The office tree must stay a tree: the application refuses a move into the office's own
-- subtree, and this trigger refuses it in the database too (also against concurrent moves).

CREATE FUNCTION offices_refuse_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.parent_id IS NOT NULL AND EXISTS (
      WITH RECURSIVE up(id, parent_id) AS (
        SELECT id, parent_id FROM offices WHERE id = NEW.parent_id
        UNION
        SELECT o.id, o.parent_id FROM offices o JOIN up ON o.id = up.parent_id)
      SELECT 1 FROM up WHERE id = NEW.id) THEN
    RAISE EXCEPTION 'office % cannot be moved into its own subtree', NEW.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER offices_no_cycle BEFORE UPDATE OF parent_id ON offices
  FOR EACH ROW EXECUTE FUNCTION offices_refuse_cycle();

-- Session revocation by user (password change, reset, disable) touches only live sessions.
CREATE INDEX sessions_user_live_idx ON sessions (user_id) WHERE revoked_at IS NULL;
