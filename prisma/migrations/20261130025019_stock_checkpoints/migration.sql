-- CreateTable
CREATE TABLE "stock_checkpoint" (
    "at" TIMESTAMPTZ(3) NOT NULL,
    "product_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "on_hand" INTEGER NOT NULL,
    "damaged" INTEGER NOT NULL,
    "quality_control" INTEGER NOT NULL,

    CONSTRAINT "stock_checkpoint_pkey" PRIMARY KEY ("at","location_id","product_id")
);

-- CreateTable
CREATE TABLE "stock_checkpoint_month" (
    "at" TIMESTAMPTZ(3) NOT NULL,
    "built_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "levels" INTEGER NOT NULL,

    CONSTRAINT "stock_checkpoint_month_pkey" PRIMARY KEY ("at")
);

-- CreateIndex
CREATE INDEX "stock_checkpoint_product_id_at_idx" ON "stock_checkpoint"("product_id", "at");

-- The two per-level indexes of movement_line again, same leading keys, now ending with the figures
-- (state, delta): a historical read sums a month of lines from the index alone (an index-only
-- scan), and so does the back-dated write's lowest-balance check. Trailing keys rather than
-- INCLUDE, which schema.prisma cannot express.
DROP INDEX "movement_line_product_id_location_id_occurred_at_idx";
CREATE INDEX "movement_line_product_id_location_id_occurred_at_state_delt_idx" ON "movement_line"("product_id", "location_id", "occurred_at", "state", "delta");
DROP INDEX "movement_line_location_id_occurred_at_idx";
CREATE INDEX "movement_line_location_id_occurred_at_product_id_state_delt_idx" ON "movement_line"("location_id", "occurred_at", "product_id", "state", "delta");

-- The cost ledger's per-product index again, same leading keys, now ending with the figures a past
-- valuation reads (average_cost_after, quantity_after): finding each product's cost at a moment,
-- one probe per product, is an index-only scan.
DROP INDEX "movement_cost_product_id_occurred_at_movement_id_idx";
CREATE INDEX "movement_cost_product_id_occurred_at_movement_id_average_co_idx" ON "movement_cost"("product_id", "occurred_at" DESC, "movement_id" DESC, "average_cost_after", "quantity_after");

-- The advisory lock that orders checkpoint builds against movements dated in a month that is over.
-- A build holds it exclusively while it sums; such a movement holds it shared from the statement
-- that inserts its lines to its commit, and corrects the built months in a later statement. So
-- either the build waits for the movement to commit and sums its lines, or the movement waits for
-- the build to commit and its correction (a fresh snapshot) sees the new month: never neither.
CREATE FUNCTION stock_checkpoint_lock() RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$ SELECT 1402202611300001::bigint $$;

-- Builds the earliest monthly checkpoint that is due and missing, and returns its boundary (NULL
-- when none is due). A month is due a day after it ends: a movement dated in the month it was
-- recorded in (as the writer's clock says) corrects nothing, so the build must come after every
-- such write has committed, and a write's transaction lasts a minute at most. Each month is built
-- from the previous built month plus its own lines (or from the ledger's beginning), in one
-- statement under the exclusive lock; callers loop, one month per transaction, so back-dated
-- movements wait for one month's build at most.
CREATE FUNCTION build_stock_checkpoint() RETURNS timestamptz
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  first_line timestamptz;
  boundary timestamptz;
  previous timestamptz;
  built integer;
BEGIN
  SELECT min(occurred_at) INTO first_line FROM movement_line;
  IF first_line IS NULL THEN
    RETURN NULL;
  END IF;
  -- Month arithmetic in UTC whatever the session's time zone.
  SELECT due.month_start AT TIME ZONE 'UTC' INTO boundary
  FROM generate_series(date_trunc('month', first_line AT TIME ZONE 'UTC') + interval '1 month',
                       (now() - interval '1 day') AT TIME ZONE 'UTC', interval '1 month') AS due (month_start)
  WHERE NOT EXISTS (
    SELECT 1 FROM stock_checkpoint_month built_month WHERE built_month.at = due.month_start AT TIME ZONE 'UTC'
  )
  ORDER BY due.month_start
  LIMIT 1;
  IF boundary IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM pg_advisory_xact_lock(stock_checkpoint_lock());
  -- Each statement of a VOLATILE function reads what is committed when it starts: from here on,
  -- every movement dated before `boundary` has committed, or waits for this transaction.
  IF EXISTS (SELECT 1 FROM stock_checkpoint_month WHERE at = boundary) THEN
    RETURN boundary;
  END IF;
  SELECT max(at) INTO previous FROM stock_checkpoint_month WHERE at < boundary;
  INSERT INTO stock_checkpoint (at, location_id, product_id, on_hand, damaged, quality_control)
  SELECT boundary, location_id, product_id, sum(on_hand), sum(damaged), sum(quality_control)
  FROM (
    SELECT location_id, product_id, on_hand, damaged, quality_control FROM stock_checkpoint WHERE at = previous
    UNION ALL
    SELECT location_id, product_id, delta,
           CASE WHEN state = 'DAMAGED' THEN delta ELSE 0 END,
           CASE WHEN state = 'QUALITY_CONTROL' THEN delta ELSE 0 END
    FROM movement_line
    WHERE occurred_at >= coalesce(previous, '-infinity'::timestamptz) AND occurred_at < boundary
  ) AS level
  GROUP BY location_id, product_id
  HAVING sum(on_hand) <> 0 OR sum(damaged) <> 0 OR sum(quality_control) <> 0
  -- In key order, so a location's rows share pages: reading one location touches few.
  ORDER BY location_id, product_id;
  GET DIAGNOSTICS built = ROW_COUNT;
  INSERT INTO stock_checkpoint_month (at, levels) VALUES (boundary, built);
  RETURN boundary;
END
$$;
