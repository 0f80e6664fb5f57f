-- CreateTable
CREATE TABLE "cost_checkpoint" (
    "at" TIMESTAMPTZ(3) NOT NULL,
    "product_id" UUID NOT NULL,
    "average_cost" DECIMAL(30,10),

    CONSTRAINT "cost_checkpoint_pkey" PRIMARY KEY ("at","product_id")
);

-- A valuation at a past moment (#14) probed every held product's cost ledger for its last row at or
-- before the moment: 20,000 index probes company-wide. cost_checkpoint holds, at every built month
-- boundary, each product's moving average cost after its last cost-ledger row before the boundary
-- (the row costsAt would probe; a product with no row before it has none). A valuation then takes the
-- boundary nearest the moment, probes only the products with ledger lines between the two, and reads
-- the others' costs from here. The rows of a boundary are written with its stock checkpoint, in the
-- same transaction and under the same lock, and are read only once it is listed in
-- stock_checkpoint_month.

-- Every product's cost at the boundary `p_at`, replacing whatever rows it had.
CREATE FUNCTION build_cost_checkpoint(p_at timestamptz) RETURNS void
LANGUAGE sql AS $$
  DELETE FROM cost_checkpoint WHERE at = p_at;
  INSERT INTO cost_checkpoint (at, product_id, average_cost)
  SELECT p_at, p.id, last.average_cost_after
  FROM product p
  CROSS JOIN LATERAL (
    SELECT mc.average_cost_after FROM movement_cost mc
    WHERE mc.product_id = p.id AND mc.occurred_at < p_at
    ORDER BY mc.occurred_at DESC, mc.movement_id DESC
    LIMIT 1
  ) AS last;
$$;

-- The costs of the products `p_products` at every built boundary after `p_since` (the earliest of
-- their rows that changed), from the cost ledger as it now stands: written, replaced, or removed
-- when the product has no row before the boundary any more.
CREATE FUNCTION cost_checkpoint_refresh(p_products uuid[], p_since timestamptz[]) RETURNS void
LANGUAGE sql AS $$
  WITH due AS (
    SELECT changed.product_id, month.at
    FROM unnest(p_products, p_since) AS changed (product_id, since)
    JOIN stock_checkpoint_month month ON month.at > changed.since
  ), cost AS (
    SELECT due.at, due.product_id, last.average_cost_after, last.found
    FROM due
    LEFT JOIN LATERAL (
      SELECT mc.average_cost_after, true AS found FROM movement_cost mc
      WHERE mc.product_id = due.product_id AND mc.occurred_at < due.at
      ORDER BY mc.occurred_at DESC, mc.movement_id DESC
      LIMIT 1
    ) AS last ON true
  ), removed AS (
    DELETE FROM cost_checkpoint c USING cost
    WHERE c.at = cost.at AND c.product_id = cost.product_id AND cost.found IS NULL
  )
  INSERT INTO cost_checkpoint AS c (at, product_id, average_cost)
  SELECT at, product_id, average_cost_after FROM cost WHERE found
  ON CONFLICT (at, product_id) DO UPDATE SET average_cost = excluded.average_cost;
$$;

-- Keeps the built boundaries exact whatever writes the cost ledger: an append, the refold of a
-- product after a back-dated movement (which changes every later average), a reversal, an import.
-- Each statement on movement_cost refreshes, for the products whose rows it changed before the
-- latest built boundary, every built boundary after the earliest of those rows. A movement dated in
-- a closed month holds the checkpoint lock shared from the statement that inserts its lines (before
-- its cost fold), so a boundary built concurrently either waits for it and reads its rows, or
-- committed before this statement began and is refreshed here. Rows of the month under way (every
-- ordinary write) lie after every built boundary: nothing is written.
CREATE FUNCTION cost_checkpoint_correct() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  latest timestamptz := (SELECT max(at) FROM stock_checkpoint_month);
  products uuid[];
  since timestamptz[];
BEGIN
  IF latest IS NULL THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    SELECT array_agg(product_id), array_agg(earliest) INTO products, since
    FROM (SELECT product_id, min(occurred_at) AS earliest FROM old_rows WHERE occurred_at < latest GROUP BY product_id) AS r;
    IF products IS NOT NULL THEN
      PERFORM cost_checkpoint_refresh(products, since);
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT array_agg(product_id), array_agg(earliest) INTO products, since
    FROM (SELECT product_id, min(occurred_at) AS earliest FROM new_rows WHERE occurred_at < latest GROUP BY product_id) AS r;
    IF products IS NOT NULL THEN
      PERFORM cost_checkpoint_refresh(products, since);
    END IF;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER cost_checkpoint_insert AFTER INSERT ON movement_cost
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cost_checkpoint_correct();
CREATE TRIGGER cost_checkpoint_delete AFTER DELETE ON movement_cost
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cost_checkpoint_correct();
CREATE TRIGGER cost_checkpoint_update AFTER UPDATE ON movement_cost
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cost_checkpoint_correct();

-- build_stock_checkpoint as in migration movement_hour, now also writing every product's cost at the
-- boundary, in the same transaction and under the same exclusive lock.
CREATE OR REPLACE FUNCTION build_stock_checkpoint() RETURNS timestamptz
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
  PERFORM build_sales_month(((boundary AT TIME ZONE 'UTC') - interval '1 month') AT TIME ZONE 'UTC');
  PERFORM build_movement_hours(((boundary AT TIME ZONE 'UTC') - interval '1 month') AT TIME ZONE 'UTC');
  PERFORM build_cost_checkpoint(boundary);
  INSERT INTO stock_checkpoint_month (at, levels) VALUES (boundary, built);
  RETURN boundary;
END
$$;

-- The boundaries already built.
SELECT build_cost_checkpoint(at) FROM stock_checkpoint_month;
ANALYZE cost_checkpoint;
