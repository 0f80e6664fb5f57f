-- CreateEnum
CREATE TYPE "MovementKind" AS ENUM ('RECEIPT', 'SHIPMENT', 'TRANSFER', 'ADJUSTMENT', 'RETURN', 'WRITE_OFF');

-- CreateEnum
CREATE TYPE "MovementReason" AS ENUM ('RECEIVED', 'SOLD', 'DAMAGED', 'CYCLE_COUNT', 'CORRECTION', 'SHRINKAGE', 'RETURNED', 'TRANSFER', 'OTHER');

-- CreateTable
CREATE TABLE "movement" (
    "id" BIGSERIAL NOT NULL,
    "kind" "MovementKind" NOT NULL,
    "product_id" UUID NOT NULL,
    "from_location_id" UUID,
    "to_location_id" UUID,
    "quantity" INTEGER NOT NULL,
    "unit_cost" DECIMAL(19,4),
    "unit_price" DECIMAL(19,4),
    "reason" "MovementReason" NOT NULL,
    "reference" TEXT,
    "counterparty" TEXT,
    "note" TEXT,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idempotency_key" TEXT,
    "reversal_of_id" BIGINT,

    CONSTRAINT "movement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "movement_line" (
    "movement_id" BIGINT NOT NULL,
    "product_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "delta" INTEGER NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "movement_line_pkey" PRIMARY KEY ("movement_id","location_id")
);

-- CreateTable
CREATE TABLE "stock_level" (
    "product_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "on_hand" INTEGER NOT NULL DEFAULT 0,
    "reserved" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stock_level_pkey" PRIMARY KEY ("product_id","location_id")
);

-- CreateTable
CREATE TABLE "idempotency_record" (
    "key" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "result" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_record_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "movement_reversal_of_id_key" ON "movement"("reversal_of_id");

-- CreateIndex
CREATE INDEX "movement_product_id_occurred_at_id_idx" ON "movement"("product_id", "occurred_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "movement_from_location_id_occurred_at_id_idx" ON "movement"("from_location_id", "occurred_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "movement_to_location_id_occurred_at_id_idx" ON "movement"("to_location_id", "occurred_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "movement_occurred_at_id_idx" ON "movement"("occurred_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "movement_reference_idx" ON "movement"("reference");

-- CreateIndex
CREATE INDEX "movement_counterparty_idx" ON "movement"("counterparty");

-- CreateIndex
CREATE INDEX "movement_line_product_id_location_id_occurred_at_idx" ON "movement_line"("product_id", "location_id", "occurred_at");

-- CreateIndex
CREATE INDEX "movement_line_location_id_occurred_at_idx" ON "movement_line"("location_id", "occurred_at");

-- CreateIndex
CREATE INDEX "stock_level_location_id_product_id_idx" ON "stock_level"("location_id", "product_id");

-- AddForeignKey
ALTER TABLE "movement" ADD CONSTRAINT "movement_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "movement" ADD CONSTRAINT "movement_from_location_id_fkey" FOREIGN KEY ("from_location_id") REFERENCES "location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "movement" ADD CONSTRAINT "movement_to_location_id_fkey" FOREIGN KEY ("to_location_id") REFERENCES "location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "movement" ADD CONSTRAINT "movement_reversal_of_id_fkey" FOREIGN KEY ("reversal_of_id") REFERENCES "movement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "movement_line" ADD CONSTRAINT "movement_line_movement_id_fkey" FOREIGN KEY ("movement_id") REFERENCES "movement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "movement_line" ADD CONSTRAINT "movement_line_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "movement_line" ADD CONSTRAINT "movement_line_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_level" ADD CONSTRAINT "stock_level_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_level" ADD CONSTRAINT "stock_level_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: guarantees the database keeps even if application code is wrong.

-- The ledger is append-only: no path may rewrite history.
CREATE FUNCTION stockroom_refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The stock ledger is append-only: % on % is not allowed; record a reversing movement instead', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER movement_append_only BEFORE UPDATE OR DELETE ON "movement"
  FOR EACH ROW EXECUTE FUNCTION stockroom_refuse_ledger_change();
CREATE TRIGGER movement_line_append_only BEFORE UPDATE OR DELETE ON "movement_line"
  FOR EACH ROW EXECUTE FUNCTION stockroom_refuse_ledger_change();
CREATE TRIGGER movement_no_truncate BEFORE TRUNCATE ON "movement"
  FOR EACH STATEMENT EXECUTE FUNCTION stockroom_refuse_ledger_change();
CREATE TRIGGER movement_line_no_truncate BEFORE TRUNCATE ON "movement_line"
  FOR EACH STATEMENT EXECUTE FUNCTION stockroom_refuse_ledger_change();

ALTER TABLE "movement" ADD CONSTRAINT "movement_quantity_positive" CHECK ("quantity" > 0);
ALTER TABLE "movement" ADD CONSTRAINT "movement_has_a_location" CHECK ("from_location_id" IS NOT NULL OR "to_location_id" IS NOT NULL);
ALTER TABLE "movement" ADD CONSTRAINT "movement_transfer_moves" CHECK ("from_location_id" IS DISTINCT FROM "to_location_id");
ALTER TABLE "movement_line" ADD CONSTRAINT "movement_line_delta_nonzero" CHECK ("delta" <> 0);

-- Stock never goes below zero, nor below what is reserved.
ALTER TABLE "stock_level" ADD CONSTRAINT "stock_level_on_hand_non_negative" CHECK ("on_hand" >= 0);
ALTER TABLE "stock_level" ADD CONSTRAINT "stock_level_reserved_within_on_hand" CHECK ("reserved" >= 0 AND "reserved" <= "on_hand");
