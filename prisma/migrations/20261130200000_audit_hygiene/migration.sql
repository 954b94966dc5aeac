-- Audit hygiene (issue 7, item 7): failed and throttled sign-ins leave the append-only audit log
-- for their own table with a retention period; indexes for the audit log's filters; an index for
-- the deletion of expired single-use links. Retention of every table: docs/RETENTION.md.

-- CreateEnum
CREATE TYPE "SignInOutcome" AS ENUM ('FAILED', 'THROTTLED');

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" BIGSERIAL NOT NULL,
    "emailHash" CHAR(64) NOT NULL,
    "outcome" "SignInOutcome" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id"),
    -- A hash, never the address a stranger typed.
    CONSTRAINT "SignInAttempt_emailHash_check" CHECK ("emailHash" ~ '^[0-9a-f]{64}$')
);

-- CreateIndex
CREATE INDEX "SignInAttempt_emailHash_createdAt_idx" ON "SignInAttempt"("emailHash", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_createdAt_idx" ON "SignInAttempt"("createdAt");

-- Failed and throttled sign-ins recorded so far move over: those still within the retention
-- period (7 days) as hashes of the lower-cased address, the rest not at all.
INSERT INTO "SignInAttempt" ("emailHash", "outcome", "createdAt")
SELECT
  encode(sha256(convert_to(lower("objectId"), 'UTF8')), 'hex'),
  CASE "action" WHEN 'auth.sign-in-throttled' THEN 'THROTTLED'::"SignInOutcome" ELSE 'FAILED'::"SignInOutcome" END,
  "createdAt"
FROM "AuditLog"
WHERE "action" IN ('auth.sign-in-failed', 'auth.sign-in-throttled')
  AND "createdAt" > CURRENT_TIMESTAMP - INTERVAL '7 days'
ORDER BY "id";

-- …and out of the audit log, which must not keep addresses that strangers typed. This is the one
-- deletion the log has ever seen, done here in the open; the append-only trigger is switched off
-- for this statement only, inside this migration's transaction, and is on again below.
ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only";
DELETE FROM "AuditLog" WHERE "action" IN ('auth.sign-in-failed', 'auth.sign-in-throttled') AND "objectType" = 'SignInAttempt';
ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_append_only";

-- The audit log's filters (action, person) read newest first by id.
-- DropIndex
DROP INDEX "AuditLog_actorId_idx";

-- CreateIndex
CREATE INDEX "AuditLog_action_id_idx" ON "AuditLog"("action", "id");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_id_idx" ON "AuditLog"("actorId", "id");

-- Expired and used links are deleted after their retention period.
-- CreateIndex
CREATE INDEX "AuthToken_expiresAt_idx" ON "AuthToken"("expiresAt");
