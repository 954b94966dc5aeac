-- Bulk import (issue 11): an uploaded file, parsed, kept between the validation report and the
-- confirmation. Deleted with its uploader; expired uploads are deleted on the next upload.

-- CreateTable
CREATE TABLE "ImportUpload" (
    "id" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "columns" TEXT[],
    "rows" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "importedAt" TIMESTAMPTZ(3),
    "result" JSONB,

    CONSTRAINT "ImportUpload_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ImportUpload_format_check" CHECK ("format" IN ('csv', 'json'))
);

-- CreateIndex
CREATE INDEX "ImportUpload_createdById_idx" ON "ImportUpload"("createdById");

-- CreateIndex
CREATE INDEX "ImportUpload_expiresAt_idx" ON "ImportUpload"("expiresAt");

-- AddForeignKey
ALTER TABLE "ImportUpload" ADD CONSTRAINT "ImportUpload_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
