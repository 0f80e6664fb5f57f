-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('PRODUCTS', 'STOCK', 'MOVEMENTS');

-- CreateEnum
CREATE TYPE "ImportJobStatus" AS ENUM ('QUEUED', 'RUNNING', 'COMPLETED', 'COMPLETED_WITH_ERRORS', 'FAILED', 'CANCELLED');

-- CreateTable
CREATE TABLE "import_job" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "ImportKind" NOT NULL,
    "status" "ImportJobStatus" NOT NULL DEFAULT 'QUEUED',
    "format" TEXT,
    "file_name" TEXT NOT NULL,
    "bytes" BIGINT NOT NULL,
    "column_map" JSONB NOT NULL DEFAULT '{}',
    "dry_run" BOOLEAN NOT NULL DEFAULT false,
    "atomic" BOOLEAN NOT NULL DEFAULT false,
    "actor" JSONB NOT NULL,
    "created_by_user_id" UUID,
    "created_by_api_key_id" UUID,
    "rows" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "bytes_read" BIGINT NOT NULL DEFAULT 0,
    "error_code" TEXT,
    "error_message" TEXT,
    "cancel_requested" BOOLEAN NOT NULL DEFAULT false,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "leased_until" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "import_job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_job_chunk" (
    "job_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "import_job_chunk_pkey" PRIMARY KEY ("job_id","seq")
);

-- CreateTable
CREATE TABLE "import_row_error" (
    "id" BIGSERIAL NOT NULL,
    "job_id" UUID NOT NULL,
    "row" INTEGER NOT NULL,
    "column" TEXT,
    "code" TEXT NOT NULL,
    "message" TEXT NOT NULL,

    CONSTRAINT "import_row_error_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_job_status_leased_until_idx" ON "import_job"("status", "leased_until");

-- CreateIndex
CREATE INDEX "import_job_created_at_id_idx" ON "import_job"("created_at", "id");

-- CreateIndex
CREATE INDEX "import_row_error_job_id_row_id_idx" ON "import_row_error"("job_id", "row", "id");

-- AddForeignKey
ALTER TABLE "import_job_chunk" ADD CONSTRAINT "import_job_chunk_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "import_job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_row_error" ADD CONSTRAINT "import_row_error_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "import_job"("id") ON DELETE CASCADE ON UPDATE CASCADE;
