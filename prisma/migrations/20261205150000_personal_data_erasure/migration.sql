-- Personal data on request (issue 14, Art. 15/17 DSGVO): erasing a person (lib/privacy/erase-person.ts).
--
-- The person's User row stays as a pseudonymous tombstone: its id is what versions, comments and
-- the audit log point at, and the log's actor relation must keep pointing somewhere (the log is
-- append-only, its rows are never deleted). Erasure overwrites the row's personal fields (address,
-- name, password) with a pseudonym and marks it here; it can never sign in again.
ALTER TABLE "User" ADD COLUMN "erasedAt" TIMESTAMPTZ(3);

-- The audit log stays append-only, with one narrow exception: an erasure may rewrite the `details`
-- of existing entries (which can hold the person's address, e.g. "user.invite") — and nothing else.
-- It has to ask for it inside its own transaction with SET LOCAL "kfd.audit_erasure" = 'on'; id,
-- time, actor, action and object stay as they were, so no entry disappears or changes its meaning.
-- DELETE and TRUNCATE are refused as before.
CREATE OR REPLACE FUNCTION "refuse_audit_log_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND current_setting('kfd.audit_erasure', true) = 'on'
     AND NEW."id" = OLD."id"
     AND NEW."createdAt" = OLD."createdAt"
     AND NEW."actorId" IS NOT DISTINCT FROM OLD."actorId"
     AND NEW."action" = OLD."action"
     AND NEW."objectType" = OLD."objectType"
     AND NEW."objectId" = OLD."objectId" THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the audit log is append-only'
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
