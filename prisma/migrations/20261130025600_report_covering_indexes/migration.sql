-- Covering indexes for the reports that read long ranges of the ledger (issue #14). Each replaces
-- the index of the same name, keeping its leading columns (so every plan that used it still can, and
-- a write still updates as many indexes), and adds the columns the report reads, so the report is an
-- index-only scan instead of one heap fetch per movement:
--   - salesReport: shipments in a range of business time, from the cost ledger;
--   - movementSummary at one location: the movements out of it and into it, in a range.
-- Trailing key columns rather than INCLUDE, which schema.prisma cannot state.

-- DropIndex
DROP INDEX "movement_from_location_id_occurred_at_id_idx";

-- DropIndex
DROP INDEX "movement_to_location_id_occurred_at_id_idx";

-- DropIndex
DROP INDEX "movement_cost_kind_occurred_at_idx";

-- CreateIndex
CREATE INDEX "movement_from_location_id_occurred_at_id_idx" ON "movement"("from_location_id", "occurred_at" DESC, "id" DESC, "kind", "quantity", "reversal_of_id", "to_location_id");

-- CreateIndex
CREATE INDEX "movement_to_location_id_occurred_at_id_idx" ON "movement"("to_location_id", "occurred_at" DESC, "id" DESC, "kind", "quantity", "reversal_of_id", "from_location_id");

-- CreateIndex
CREATE INDEX "movement_cost_kind_occurred_at_idx" ON "movement_cost"("kind", "occurred_at", "counterparty", "product_id", "location_id", "quantity_change", "unit_price", "unit_cost");
