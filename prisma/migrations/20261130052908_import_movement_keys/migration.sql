-- CreateTable
CREATE TABLE "imported_movement" (
    "key" TEXT NOT NULL,
    "movement_id" BIGINT NOT NULL,
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "imported_movement_pkey" PRIMARY KEY ("key")
);
