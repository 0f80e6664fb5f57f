-- CreateEnum
CREATE TYPE "StockState" AS ENUM ('AVAILABLE', 'DAMAGED', 'QUALITY_CONTROL');

-- CreateEnum
CREATE TYPE "ReservationStatus" AS ENUM ('ACTIVE', 'COMMITTED', 'FULFILLED', 'RELEASED', 'EXPIRED');

-- AlterEnum
ALTER TYPE "MovementKind" ADD VALUE 'STATE_CHANGE';

-- AlterEnum
ALTER TYPE "MovementReason" ADD VALUE 'QUALITY_CHECK';

-- AlterTable
ALTER TABLE "location" ADD COLUMN     "allocation_priority" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "movement" ADD COLUMN     "from_state" "StockState" NOT NULL DEFAULT 'AVAILABLE',
ADD COLUMN     "reservation_id" UUID,
ADD COLUMN     "to_state" "StockState" NOT NULL DEFAULT 'AVAILABLE';

-- AlterTable
ALTER TABLE "movement_line" DROP CONSTRAINT "movement_line_pkey",
ADD COLUMN     "state" "StockState" NOT NULL DEFAULT 'AVAILABLE',
ADD CONSTRAINT "movement_line_pkey" PRIMARY KEY ("movement_id", "location_id", "state");

-- AlterTable
ALTER TABLE "stock_level" DROP COLUMN "reserved",
ADD COLUMN     "committed" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "damaged" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "quality_control" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reserved_until" TIMESTAMPTZ(3),
ADD COLUMN     "safety_stock" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "stored_reserved" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "reservation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "status" "ReservationStatus" NOT NULL DEFAULT 'ACTIVE',
    "expires_at" TIMESTAMPTZ(3),
    "reference" TEXT,
    "holder" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recorded_by_user_id" UUID,
    "recorded_by_api_key_id" UUID,

    CONSTRAINT "reservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reservation_line" (
    "reservation_id" UUID NOT NULL,
    "product_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "fulfilled" INTEGER NOT NULL DEFAULT 0,
    "released" INTEGER NOT NULL DEFAULT 0,
    "open" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "reservation_line_pkey" PRIMARY KEY ("reservation_id","product_id","location_id")
);

-- CreateIndex
CREATE INDEX "reservation_status_expires_at_idx" ON "reservation"("status", "expires_at");

-- CreateIndex
CREATE INDEX "reservation_reference_idx" ON "reservation"("reference");

-- CreateIndex
CREATE INDEX "reservation_holder_idx" ON "reservation"("holder");

-- CreateIndex
CREATE INDEX "reservation_created_at_id_idx" ON "reservation"("created_at", "id");

-- CreateIndex
CREATE INDEX "reservation_line_product_id_location_id_open_idx" ON "reservation_line"("product_id", "location_id", "open");

-- CreateIndex
CREATE INDEX "reservation_line_location_id_idx" ON "reservation_line"("location_id");

-- AddForeignKey
ALTER TABLE "movement" ADD CONSTRAINT "movement_reservation_id_fkey" FOREIGN KEY ("reservation_id") REFERENCES "reservation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reservation" ADD CONSTRAINT "reservation_recorded_by_user_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reservation" ADD CONSTRAINT "reservation_recorded_by_api_key_id_fkey" FOREIGN KEY ("recorded_by_api_key_id") REFERENCES "api_key"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reservation_line" ADD CONSTRAINT "reservation_line_reservation_id_fkey" FOREIGN KEY ("reservation_id") REFERENCES "reservation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reservation_line" ADD CONSTRAINT "reservation_line_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reservation_line" ADD CONSTRAINT "reservation_line_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: rules Prisma cannot express.
-- A state change has both locations equal and two different states; any other movement with two
-- locations is a transfer between different ones.
ALTER TABLE "movement" DROP CONSTRAINT "movement_transfer_moves";
ALTER TABLE "movement" ADD CONSTRAINT "movement_transfer_moves"
  CHECK ("from_location_id" IS DISTINCT FROM "to_location_id" OR "from_state" <> "to_state");

-- No state below zero, and the held and unsellable units never more than what is on hand: the
-- database refuses an oversell even if the code ever tried one.
ALTER TABLE "stock_level" ADD CONSTRAINT "stock_level_states_non_negative"
  CHECK ("stored_reserved" >= 0 AND "committed" >= 0 AND "damaged" >= 0 AND "quality_control" >= 0 AND "safety_stock" >= 0);
ALTER TABLE "stock_level" ADD CONSTRAINT "stock_level_states_within_on_hand"
  CHECK ("stored_reserved"::bigint + "committed" + "damaged" + "quality_control" <= "on_hand");

ALTER TABLE "reservation_line" ADD CONSTRAINT "reservation_line_quantities"
  CHECK ("quantity" > 0 AND "fulfilled" >= 0 AND "released" >= 0 AND "fulfilled"::bigint + "released" <= "quantity");


-- The units of a level's active holds that have not expired at p_at, and the earliest expiry among
-- them: what `reserved` is summed from once a stored figure may count an expired hold (see
-- src/modules/stock/available.ts, which calls these only then). PL/pgSQL keeps them out of the
-- planner's way: a statement that calls one is planned without the join inside, and the function's
-- own plan is cached per connection, so the hot reads pay for neither.
CREATE FUNCTION held_units(p_product uuid, p_location uuid, p_at timestamptz) RETURNS integer
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (
    SELECT COALESCE(SUM(l.quantity - l.fulfilled - l.released), 0)::int
    FROM reservation_line l JOIN reservation r ON r.id = l.reservation_id
    WHERE l.product_id = p_product AND l.location_id = p_location AND l.open
      AND r.status = 'ACTIVE' AND r.expires_at > p_at
  );
END
$$;

CREATE FUNCTION held_until(p_product uuid, p_location uuid, p_at timestamptz) RETURNS timestamptz
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (
    SELECT MIN(r.expires_at)
    FROM reservation_line l JOIN reservation r ON r.id = l.reservation_id
    WHERE l.product_id = p_product AND l.location_id = p_location AND l.open
      AND r.status = 'ACTIVE' AND r.expires_at > p_at
  );
END
$$;
