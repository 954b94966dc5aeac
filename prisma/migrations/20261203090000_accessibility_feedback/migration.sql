-- CreateTable
CREATE TABLE "AccessibilityFeedback" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "message" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "pagePath" TEXT,
    "clientHash" CHAR(64),
    "doneAt" TIMESTAMPTZ(3),
    "doneById" UUID,

    CONSTRAINT "AccessibilityFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccessibilityFeedback_number_key" ON "AccessibilityFeedback"("number");

-- CreateIndex
CREATE INDEX "AccessibilityFeedback_createdAt_idx" ON "AccessibilityFeedback"("createdAt");

-- CreateIndex
CREATE INDEX "AccessibilityFeedback_clientHash_createdAt_idx" ON "AccessibilityFeedback"("clientHash", "createdAt");

-- AddForeignKey
ALTER TABLE "AccessibilityFeedback" ADD CONSTRAINT "AccessibilityFeedback_doneById_fkey" FOREIGN KEY ("doneById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The form's limits (lib/feedback/schema.ts) also hold for anything else that writes here.
ALTER TABLE "AccessibilityFeedback" ADD CONSTRAINT "AccessibilityFeedback_message_length" CHECK (char_length("message") BETWEEN 1 AND 5000);
ALTER TABLE "AccessibilityFeedback" ADD CONSTRAINT "AccessibilityFeedback_clientHash_hex" CHECK ("clientHash" ~ '^[0-9a-f]{64}$');
