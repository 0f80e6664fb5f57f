-- CreateTable
CREATE TABLE "sales_month" (
    "month" TIMESTAMPTZ(3) NOT NULL,
    "dimension" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "units" BIGINT NOT NULL,
    "revenue" DECIMAL(65,10) NOT NULL,
    "cogs" DECIMAL(65,10) NOT NULL,
    "movements" INTEGER NOT NULL,

    CONSTRAINT "sales_month_pkey" PRIMARY KEY ("dimension","month","key")
);

-- The sales report (#14): a year of sales summed 386k cost-ledger rows per request. sales_month holds
-- each closed month's sales summed per product, per location and per counterparty, so a long range
-- reads the months it covers from here and only its ends from the ledger. A month's rows exist for
-- every month whose stock checkpoint is built (stock_checkpoint_month.at = the month's end), and are
-- written in the same transaction, under the same lock, as that checkpoint.

-- The UTC month a moment falls in.
CREATE FUNCTION sales_month_of(moment timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$ SELECT date_trunc('month', moment AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' $$;

-- Keeps the built months exact whatever writes the cost ledger: an append, the refold of a product
-- after a back-dated movement (which changes later sales' cost of goods sold), a reversal, an import.
-- Each statement on movement_cost adds its new rows' sales to, and takes its old rows' sales from,
-- the built months they fall in, in the same transaction. A movement dated in a closed month holds
-- the checkpoint lock shared from the statement that inserts its lines (before its cost fold), so a
-- month built concurrently either waits for it and reads its rows, or committed before this
-- statement began and is corrected here. Rows of the open month (every ordinary write) match no
-- built month: nothing is written.
CREATE FUNCTION sales_month_correct() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  latest timestamptz := (SELECT max(at) FROM stock_checkpoint_month);
BEGIN
  -- The common case, a write dated in the month under way, ends at one of the checks below.
  IF latest IS NULL THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    IF EXISTS (SELECT 1 FROM old_rows r WHERE r.kind = 'SHIPMENT' AND r.occurred_at < latest) THEN
      INSERT INTO sales_month AS s (month, dimension, key, units, revenue, cogs, movements)
      SELECT sales_month_of(r.occurred_at), d.dimension, d.key, -sum(-r.quantity_change),
             -sum(-r.quantity_change * coalesce(r.unit_price, 0)), -sum(-r.quantity_change * coalesce(r.unit_cost, 0)),
             -count(*)
      FROM old_rows r
      CROSS JOIN LATERAL (VALUES ('PRODUCT', r.product_id::text), ('LOCATION', r.location_id::text),
                                 ('COUNTERPARTY', coalesce(r.counterparty, ''))) AS d (dimension, key)
      WHERE r.kind = 'SHIPMENT'
        AND EXISTS (SELECT 1 FROM stock_checkpoint_month b
                    WHERE b.at = (date_trunc('month', r.occurred_at AT TIME ZONE 'UTC') + interval '1 month') AT TIME ZONE 'UTC')
      GROUP BY 1, 2, 3
      ON CONFLICT (dimension, month, key) DO UPDATE
        SET units = s.units + excluded.units, revenue = s.revenue + excluded.revenue, cogs = s.cogs + excluded.cogs,
            movements = s.movements + excluded.movements;
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF EXISTS (SELECT 1 FROM new_rows r WHERE r.kind = 'SHIPMENT' AND r.occurred_at < latest) THEN
      INSERT INTO sales_month AS s (month, dimension, key, units, revenue, cogs, movements)
      SELECT sales_month_of(r.occurred_at), d.dimension, d.key, sum(-r.quantity_change),
             sum(-r.quantity_change * coalesce(r.unit_price, 0)), sum(-r.quantity_change * coalesce(r.unit_cost, 0)),
             count(*)
      FROM new_rows r
      CROSS JOIN LATERAL (VALUES ('PRODUCT', r.product_id::text), ('LOCATION', r.location_id::text),
                                 ('COUNTERPARTY', coalesce(r.counterparty, ''))) AS d (dimension, key)
      WHERE r.kind = 'SHIPMENT'
        AND EXISTS (SELECT 1 FROM stock_checkpoint_month b
                    WHERE b.at = (date_trunc('month', r.occurred_at AT TIME ZONE 'UTC') + interval '1 month') AT TIME ZONE 'UTC')
      GROUP BY 1, 2, 3
      ON CONFLICT (dimension, month, key) DO UPDATE
        SET units = s.units + excluded.units, revenue = s.revenue + excluded.revenue, cogs = s.cogs + excluded.cogs,
            movements = s.movements + excluded.movements;
    END IF;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER sales_month_insert AFTER INSERT ON movement_cost
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sales_month_correct();
CREATE TRIGGER sales_month_delete AFTER DELETE ON movement_cost
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sales_month_correct();
CREATE TRIGGER sales_month_update AFTER UPDATE ON movement_cost
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sales_month_correct();

-- A month's sales from the cost ledger, replacing whatever rows it had.
CREATE FUNCTION build_sales_month(p_month timestamptz) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM sales_month WHERE month = p_month;
  INSERT INTO sales_month (month, dimension, key, units, revenue, cogs, movements)
  SELECT p_month, d.dimension, d.key, sum(-r.quantity_change),
         sum(-r.quantity_change * coalesce(r.unit_price, 0)), sum(-r.quantity_change * coalesce(r.unit_cost, 0)),
         count(*)
  FROM movement_cost r
  CROSS JOIN LATERAL (VALUES ('PRODUCT', r.product_id::text), ('LOCATION', r.location_id::text),
                             ('COUNTERPARTY', coalesce(r.counterparty, ''))) AS d (dimension, key)
  WHERE r.kind = 'SHIPMENT' AND r.occurred_at >= p_month
    AND r.occurred_at < ((p_month AT TIME ZONE 'UTC') + interval '1 month') AT TIME ZONE 'UTC'
  GROUP BY 2, 3;
END
$$;

-- build_stock_checkpoint as in migration stock_checkpoints, now also building the sales of the month
-- that ends at the boundary, in the same transaction and under the same exclusive lock.
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
  INSERT INTO stock_checkpoint_month (at, levels) VALUES (boundary, built);
  RETURN boundary;
END
$$;

-- The months already built.
SELECT build_sales_month(((at AT TIME ZONE 'UTC') - interval '1 month') AT TIME ZONE 'UTC') FROM stock_checkpoint_month;
ANALYZE sales_month;
