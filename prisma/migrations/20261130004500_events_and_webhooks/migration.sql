-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('MOVEMENT_RECORDED', 'MOVEMENT_REVERSED', 'RESERVATION_CREATED', 'RESERVATION_EXTENDED', 'RESERVATION_COMMITTED', 'RESERVATION_FULFILLED', 'RESERVATION_RELEASED', 'RESERVATION_EXPIRED', 'SAFETY_STOCK_CHANGED', 'PRODUCT_CREATED', 'PRODUCT_UPDATED', 'PRODUCT_ARCHIVED', 'PRODUCT_RESTORED', 'LOCATION_CREATED', 'LOCATION_UPDATED', 'LOCATION_ARCHIVED', 'LOCATION_RESTORED', 'PRODUCT_BELOW_REORDER_POINT', 'PRODUCT_ABOVE_REORDER_POINT');

-- CreateEnum
CREATE TYPE "WebhookSubscriptionStatus" AS ENUM ('ACTIVE', 'PAUSED');

-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');

-- AlterTable
ALTER TABLE "api_key" ADD COLUMN     "manage_webhooks" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "product" ADD COLUMN     "below_reorder_point" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "event_position" BIGINT NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "event" (
    "id" BIGSERIAL NOT NULL,
    "position" BIGINT NOT NULL,
    "type" "EventType" NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" UUID,
    "api_key_id" UUID,
    "product_ids" UUID[],
    "location_ids" UUID[],
    "reservation_id" UUID,
    "payload" JSONB NOT NULL,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_cursor" (
    "name" TEXT NOT NULL,
    "position" BIGINT NOT NULL DEFAULT 0,
    "event_id" BIGINT NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_cursor_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "webhook_subscription" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "url" TEXT NOT NULL,
    "event_types" "EventType"[],
    "description" TEXT,
    "secret" TEXT NOT NULL,
    "status" "WebhookSubscriptionStatus" NOT NULL DEFAULT 'ACTIVE',
    "paused_reason" TEXT,
    "paused_at" TIMESTAMPTZ(3),
    "start_position" BIGINT NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_user_id" UUID,
    "created_by_api_key_id" UUID,

    CONSTRAINT "webhook_subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_delivery" (
    "seq" BIGSERIAL NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "subscription_id" UUID NOT NULL,
    "event_id" BIGINT NOT NULL,
    "ordering_key" TEXT NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leased_until" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(3),

    CONSTRAINT "webhook_delivery_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "webhook_attempt" (
    "id" BIGSERIAL NOT NULL,
    "delivery_seq" BIGINT NOT NULL,
    "attempted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "duration_ms" INTEGER NOT NULL,
    "status_code" INTEGER,
    "error" TEXT,
    "succeeded" BOOLEAN NOT NULL,

    CONSTRAINT "webhook_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "event_position_id_idx" ON "event"("position", "id");

-- CreateIndex
CREATE INDEX "event_occurred_at_idx" ON "event"("occurred_at");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_delivery_id_key" ON "webhook_delivery"("id");

-- CreateIndex
CREATE INDEX "webhook_delivery_status_next_attempt_at_idx" ON "webhook_delivery"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "webhook_delivery_status_subscription_id_ordering_key_seq_idx" ON "webhook_delivery"("status", "subscription_id", "ordering_key", "seq");

-- CreateIndex
CREATE INDEX "webhook_delivery_event_id_idx" ON "webhook_delivery"("event_id");

-- CreateIndex
CREATE INDEX "webhook_attempt_delivery_seq_id_idx" ON "webhook_attempt"("delivery_seq", "id");

-- AddForeignKey
ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_attempt" ADD CONSTRAINT "webhook_attempt_delivery_seq_fkey" FOREIGN KEY ("delivery_seq") REFERENCES "webhook_delivery"("seq") ON DELETE CASCADE ON UPDATE CASCADE;

-- Where each product stands against its reorder point today, so the first write after this
-- migration reports a crossing only when there is one.
UPDATE "product" p SET "below_reorder_point" = p."reorder_point" > 0 AND (
  SELECT COALESCE(SUM(GREATEST(s."on_hand" - held_units(s."product_id", s."location_id", now()) - s."committed"
                               - s."damaged" - s."quality_control" - s."safety_stock", 0)), 0)
  FROM "stock_level" s WHERE s."product_id" = p."id"
) <= p."reorder_point";
