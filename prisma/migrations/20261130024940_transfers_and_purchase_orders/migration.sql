-- CreateEnum
CREATE TYPE "TransferStatus" AS ENUM ('DRAFT', 'IN_TRANSIT', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PurchaseOrderStatus" AS ENUM ('DRAFT', 'ORDERED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CLOSED', 'CANCELLED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EventType" ADD VALUE 'TRANSFER_CREATED';
ALTER TYPE "EventType" ADD VALUE 'TRANSFER_SHIPPED';
ALTER TYPE "EventType" ADD VALUE 'TRANSFER_RECEIVED';
ALTER TYPE "EventType" ADD VALUE 'TRANSFER_CLOSED';
ALTER TYPE "EventType" ADD VALUE 'TRANSFER_CANCELLED';
ALTER TYPE "EventType" ADD VALUE 'PURCHASE_ORDER_CREATED';
ALTER TYPE "EventType" ADD VALUE 'PURCHASE_ORDER_UPDATED';
ALTER TYPE "EventType" ADD VALUE 'PURCHASE_ORDER_PLACED';
ALTER TYPE "EventType" ADD VALUE 'PURCHASE_ORDER_RECEIVED';
ALTER TYPE "EventType" ADD VALUE 'PURCHASE_ORDER_CLOSED';
ALTER TYPE "EventType" ADD VALUE 'PURCHASE_ORDER_CANCELLED';

-- AlterTable
ALTER TABLE "product" ADD COLUMN     "lead_time_days" INTEGER,
ADD COLUMN     "preferred_supplier" TEXT;

-- CreateTable
CREATE TABLE "transfer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "status" "TransferStatus" NOT NULL DEFAULT 'DRAFT',
    "from_location_id" UUID NOT NULL,
    "to_location_id" UUID NOT NULL,
    "reference" TEXT,
    "expected_arrival" TIMESTAMPTZ(3),
    "close_reason" TEXT,
    "history" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recorded_by_user_id" UUID,
    "recorded_by_api_key_id" UUID,

    CONSTRAINT "transfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transfer_line" (
    "transfer_id" UUID NOT NULL,
    "product_id" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "shipped" INTEGER NOT NULL DEFAULT 0,
    "received" INTEGER NOT NULL DEFAULT 0,
    "lost" INTEGER NOT NULL DEFAULT 0,
    "returned" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "transfer_line_pkey" PRIMARY KEY ("transfer_id","product_id")
);

-- CreateTable
CREATE TABLE "purchase_order" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "status" "PurchaseOrderStatus" NOT NULL DEFAULT 'DRAFT',
    "supplier" TEXT NOT NULL,
    "reference" TEXT,
    "expected_at" TIMESTAMPTZ(3),
    "close_reason" TEXT,
    "history" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recorded_by_user_id" UUID,
    "recorded_by_api_key_id" UUID,

    CONSTRAINT "purchase_order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "purchase_order_line" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "purchase_order_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "product_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unit_cost" DECIMAL(19,4) NOT NULL,
    "tolerance" INTEGER NOT NULL DEFAULT 0,
    "received" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "purchase_order_line_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "transfer_status_to_location_id_idx" ON "transfer"("status", "to_location_id");

-- CreateIndex
CREATE INDEX "transfer_created_at_id_idx" ON "transfer"("created_at", "id");

-- CreateIndex
CREATE INDEX "transfer_line_product_id_idx" ON "transfer_line"("product_id");

-- CreateIndex
CREATE INDEX "purchase_order_status_idx" ON "purchase_order"("status");

-- CreateIndex
CREATE INDEX "purchase_order_supplier_idx" ON "purchase_order"("supplier");

-- CreateIndex
CREATE INDEX "purchase_order_created_at_id_idx" ON "purchase_order"("created_at", "id");

-- CreateIndex
CREATE INDEX "purchase_order_line_product_id_location_id_idx" ON "purchase_order_line"("product_id", "location_id");

-- CreateIndex
CREATE UNIQUE INDEX "purchase_order_line_purchase_order_id_position_key" ON "purchase_order_line"("purchase_order_id", "position");

-- AddForeignKey
ALTER TABLE "transfer" ADD CONSTRAINT "transfer_from_location_id_fkey" FOREIGN KEY ("from_location_id") REFERENCES "location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transfer" ADD CONSTRAINT "transfer_to_location_id_fkey" FOREIGN KEY ("to_location_id") REFERENCES "location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transfer_line" ADD CONSTRAINT "transfer_line_transfer_id_fkey" FOREIGN KEY ("transfer_id") REFERENCES "transfer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transfer_line" ADD CONSTRAINT "transfer_line_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "purchase_order_line" ADD CONSTRAINT "purchase_order_line_purchase_order_id_fkey" FOREIGN KEY ("purchase_order_id") REFERENCES "purchase_order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "purchase_order_line" ADD CONSTRAINT "purchase_order_line_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "purchase_order_line" ADD CONSTRAINT "purchase_order_line_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
