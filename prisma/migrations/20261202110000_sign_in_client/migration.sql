-- AlterTable
ALTER TABLE "SignInAttempt" ADD COLUMN     "clientHash" CHAR(64);

-- CreateIndex
CREATE INDEX "SignInAttempt_clientHash_createdAt_idx" ON "SignInAttempt"("clientHash", "createdAt");

-- Only a hash of the client's address, never the address itself (as for the e-mail address).
ALTER TABLE "SignInAttempt" ADD CONSTRAINT "SignInAttempt_clientHash_check" CHECK ("clientHash" ~ '^[0-9a-f]{64}$');
