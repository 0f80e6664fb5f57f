-- AlterTable
ALTER TABLE "api_key" ADD COLUMN     "require_persisted_queries" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "persisted_document" (
    "hash" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "operation_name" TEXT,
    "operation_type" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "persisted_document_pkey" PRIMARY KEY ("hash")
);

-- CreateTable
CREATE TABLE "apq_entry" (
    "hash" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seq" BIGSERIAL NOT NULL,

    CONSTRAINT "apq_entry_pkey" PRIMARY KEY ("hash")
);

-- CreateIndex
CREATE INDEX "persisted_document_operation_name_idx" ON "persisted_document"("operation_name");

-- CreateIndex
CREATE INDEX "apq_entry_last_used_at_seq_idx" ON "apq_entry"("last_used_at", "seq");

-- Hand-written: ids are what clients send, so keep them in one canonical form.
ALTER TABLE "persisted_document" ADD CONSTRAINT "persisted_document_hash_sha256" CHECK ("hash" ~ '^[0-9a-f]{64}$');
ALTER TABLE "persisted_document" ADD CONSTRAINT "persisted_document_operation_type" CHECK ("operation_type" IN ('query', 'mutation', 'subscription'));
ALTER TABLE "apq_entry" ADD CONSTRAINT "apq_entry_hash_sha256" CHECK ("hash" ~ '^[0-9a-f]{64}$');
