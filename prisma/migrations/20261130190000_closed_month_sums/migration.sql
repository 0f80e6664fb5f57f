-- Two more summaries of closed months for the reports (#14), built with the stock checkpoint and kept
-- exact by triggers: movement_hour for the movement summary, cost_checkpoint for past valuations.

-- CreateTable
CREATE TABLE "movement_hour" (
    "location_id" UUID NOT NULL,
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "kind" "MovementKind" NOT NULL,
    "reversal" BOOLEAN NOT NULL,
    "inward" BOOLEAN NOT NULL,
    "units" BIGINT NOT NULL,

    CONSTRAINT "movement_hour_pkey" PRIMARY KEY ("location_id","hour","kind","reversal","inward")
);

-- The movement summary (#14): 90 days by day company-wide grouped 124k movements per request.
-- movement_hour holds each closed month's movements summed per UTC hour, kind, reversal and
-- direction, company-wide (location_id is the nil UUID, each movement once, inward when it goes into
-- a location) and at each location (a movement counts at the location it leaves, inward when it
-- also arrives there, and at the one it enters from elsewhere, inward). A summary reads the whole
-- hours of built months from here and only the rest from the ledger; an hour falls inside one
-- bucket whenever the zone's bucket boundaries fall on whole UTC hours. A month's rows are written
-- with its stock checkpoint (stock_checkpoint_month.at = the month's end), in the same transaction
-- and under the same lock, and are read only once that month is listed there.

-- Both functions below write out which rows a movement adds to (the company's, the location it leaves,
-- and the one it enters from elsewhere): a trigger's transition table cannot be passed to a function.

-- A month's movement hours from the ledger, replacing whatever rows it had.
CREATE FUNCTION build_movement_hours(p_month timestamptz) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM movement_hour
  WHERE hour >= p_month AND hour < ((p_month AT TIME ZONE 'UTC') + interval '1 month') AT TIME ZONE 'UTC';
  INSERT INTO movement_hour (location_id, hour, kind, reversal, inward, units)
  SELECT side.location_id, date_trunc('hour', m.occurred_at, 'UTC'), m.kind, m.reversal_of_id IS NOT NULL, side.inward,
         sum(m.quantity)
  FROM movement m
  CROSS JOIN LATERAL (VALUES
    ('00000000-0000-0000-0000-000000000000'::uuid, m.to_location_id IS NOT NULL),
    (m.from_location_id, m.to_location_id IS NOT DISTINCT FROM m.from_location_id),
    (CASE WHEN m.to_location_id IS DISTINCT FROM m.from_location_id THEN m.to_location_id END, true)
  ) AS side (location_id, inward)
  WHERE side.location_id IS NOT NULL AND m.occurred_at >= p_month
    AND m.occurred_at < ((p_month AT TIME ZONE 'UTC') + interval '1 month') AT TIME ZONE 'UTC'
  GROUP BY 1, 2, 3, 4, 5;
END
$$;

-- Keeps the built months exact whatever inserts movements (the ledger, a reversal, an import): the
-- ledger is append-only, so an insert is the only change. Movements dated in the month under way
-- (every ordinary write) end at the first check. One dated earlier may fall in a built month, or in
-- one being built: the statement holds the checkpoint lock shared until commit (the statement that
-- inserts its lines takes it too), so a build either waits for this transaction and counts these
-- movements, or committed before the lock was granted and is corrected here.
CREATE FUNCTION movement_hour_correct() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM new_rows r WHERE r.occurred_at < date_trunc('month', now(), 'UTC')) THEN
    RETURN NULL;
  END IF;
  PERFORM pg_advisory_xact_lock_shared(stock_checkpoint_lock());
  INSERT INTO movement_hour AS h (location_id, hour, kind, reversal, inward, units)
  SELECT side.location_id, date_trunc('hour', m.occurred_at, 'UTC'), m.kind, m.reversal_of_id IS NOT NULL, side.inward,
         sum(m.quantity)
  FROM new_rows m
  CROSS JOIN LATERAL (VALUES
    ('00000000-0000-0000-0000-000000000000'::uuid, m.to_location_id IS NOT NULL),
    (m.from_location_id, m.to_location_id IS NOT DISTINCT FROM m.from_location_id),
    (CASE WHEN m.to_location_id IS DISTINCT FROM m.from_location_id THEN m.to_location_id END, true)
  ) AS side (location_id, inward)
  WHERE side.location_id IS NOT NULL
    AND EXISTS (SELECT 1 FROM stock_checkpoint_month b
                WHERE b.at = (date_trunc('month', m.occurred_at AT TIME ZONE 'UTC') + interval '1 month') AT TIME ZONE 'UTC')
  GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (location_id, hour, kind, reversal, inward) DO UPDATE SET units = h.units + excluded.units;
  RETURN NULL;
END
$$;

CREATE TRIGGER movement_hour_insert AFTER INSERT ON movement
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION movement_hour_correct();

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

-- build_stock_checkpoint as in migration sales_month, now also building the movement hours of the month
-- that ends at the boundary and every product's cost at it, in the same transaction and under the
-- same exclusive lock.
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

-- The months already built.
SELECT build_movement_hours(((at AT TIME ZONE 'UTC') - interval '1 month') AT TIME ZONE 'UTC') FROM stock_checkpoint_month;
ANALYZE movement_hour;
SELECT build_cost_checkpoint(at) FROM stock_checkpoint_month;
ANALYZE cost_checkpoint;
