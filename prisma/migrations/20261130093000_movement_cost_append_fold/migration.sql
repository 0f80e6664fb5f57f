-- The cost fold of an append, set-based. Most folds start at a product's only movement from that
-- point on, later (by business time, then id) than every row of its cost ledger: a movement recorded
-- now, or an import in date order. Such a fold deletes nothing and folds one movement from the
-- product's last cost row, so refresh_movement_costs now does it for all such products in one
-- statement, with the same arithmetic as the loop (migration movement_cost_batch_fold), and loops
-- only over the rest. Before, each appended product cost a DELETE (firing sales_month's statement
-- trigger), a lookup and a one-row loop: the largest share of an imported batch's time.
CREATE OR REPLACE FUNCTION refresh_movement_costs(p_products uuid[], p_from_ats timestamptz[], p_from_ids bigint[])
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
  q integer := 0;
  v numeric := 0;
  a numeric := NULL;
  c numeric;
  change integer;
  f record;
  m record;
  found_at integer;
  product_start integer;
  appended uuid[];
  -- The movement_cost rows of the loop, column by column, and each product's final position.
  r_movement bigint[] := '{}';
  r_product uuid[] := '{}';
  r_occurred timestamptz[] := '{}';
  r_change integer[] := '{}';
  r_cost numeric[] := '{}';
  r_quantity integer[] := '{}';
  r_value numeric[] := '{}';
  r_average numeric[] := '{}';
  r_kind "MovementKind"[] := '{}';
  r_location uuid[] := '{}';
  r_counterparty text[] := '{}';
  r_price numeric[] := '{}';
  p_product_ids uuid[] := '{}';
  p_quantity integer[] := '{}';
  p_value numeric[] := '{}';
  p_average numeric[] := '{}';
BEGIN
  PERFORM 1 FROM product WHERE id = ANY (p_products) ORDER BY id FOR NO KEY UPDATE;

  -- Appends: the loop's arithmetic for one movement, from the product's last cost row (or from
  -- nothing), as it would run it. A reversal's cost is its original's, read from the table (the
  -- loop finds it there too: the original is not refolded by this call).
  WITH point AS (
    SELECT DISTINCT ON (u.product_id) u.product_id, u.from_at, u.from_id
    FROM unnest(p_products, p_from_ats, p_from_ids) AS u (product_id, from_at, from_id)
    ORDER BY u.product_id, u.from_at, u.from_id
  ), start AS (
    -- (the loop's variables are change, q, v, a and c; here they are step, q0, v0, a0 and c0)
    SELECT mv.id, mv.product_id, mv.kind, mv.occurred_at, mv.from_location_id, mv.to_location_id, mv.unit_price,
           mv.counterparty, mv.unit_cost, mv.reversal_of_id,
           CASE WHEN mv.from_location_id IS NULL THEN mv.quantity
                WHEN mv.to_location_id IS NULL THEN -mv.quantity
                ELSE 0 END AS step,
           coalesce(last.quantity_after, 0) AS q0, coalesce(last.value_after, 0) AS v0, last.average_cost_after AS a0
    FROM point
    JOIN movement mv ON mv.id = point.from_id AND mv.product_id = point.product_id AND mv.occurred_at = point.from_at
    LEFT JOIN LATERAL (
      SELECT mc.occurred_at, mc.movement_id, mc.quantity_after, mc.value_after, mc.average_cost_after
      FROM movement_cost mc
      WHERE mc.product_id = point.product_id
      ORDER BY mc.occurred_at DESC, mc.movement_id DESC
      LIMIT 1
    ) last ON true
    WHERE (last.movement_id IS NULL OR (last.occurred_at, last.movement_id) < (point.from_at, point.from_id))
      AND NOT EXISTS (
        SELECT 1 FROM movement later
        WHERE later.product_id = point.product_id AND (later.occurred_at, later.id) > (point.from_at, point.from_id)
      )
  ), costed AS (
    SELECT s.*,
           CASE WHEN s.reversal_of_id IS NOT NULL
                  THEN (SELECT orig.unit_cost FROM movement_cost orig WHERE orig.movement_id = s.reversal_of_id)
                WHEN s.step > 0 AND s.unit_cost IS NOT NULL THEN s.unit_cost
                ELSE s.a0 END AS c0
    FROM start s
  ), stepped AS (
    SELECT k.*, k.q0 + k.step AS q1, round(k.v0 + k.step * coalesce(k.c0, 0), 10) AS v_sum
    FROM costed k
  ), folded AS (
    SELECT t.*,
           CASE WHEN t.step = 0 THEN t.v0 WHEN t.q1 <= 0 OR t.v_sum < 0 THEN 0 ELSE t.v_sum END AS v1
    FROM stepped t
  ), inserted AS (
    INSERT INTO movement_cost (movement_id, product_id, occurred_at, quantity_change, unit_cost, quantity_after,
                               value_after, average_cost_after, kind, location_id, counterparty, unit_price)
    SELECT w.id, w.product_id, w.occurred_at, w.step, round(w.c0, 10), w.q1, w.v1,
           CASE WHEN w.step <> 0 AND w.q1 > 0 AND (w.a0 IS NOT NULL OR w.c0 IS NOT NULL) THEN round(w.v1 / w.q1, 10)
                ELSE w.a0 END,
           w.kind, CASE WHEN w.step < 0 THEN w.from_location_id WHEN w.step > 0 THEN w.to_location_id END,
           w.counterparty, w.unit_price
    FROM folded w
    RETURNING movement_cost.product_id, movement_cost.quantity_after, movement_cost.value_after,
              movement_cost.average_cost_after
  ), positioned AS (
    INSERT INTO product_cost AS pc (product_id, quantity, value, average_cost)
    SELECT i.product_id, i.quantity_after, i.value_after, i.average_cost_after FROM inserted i
    ON CONFLICT (product_id) DO UPDATE
      SET quantity = excluded.quantity, value = excluded.value, average_cost = excluded.average_cost
  )
  SELECT coalesce(array_agg(i.product_id), '{}') INTO appended FROM inserted i;

  -- The rest, product by product (each from its earliest point when it is named twice), every
  -- statement on one product's index range: a set-based join over the arrays was planned as scans
  -- of the whole movement and movement_cost tables per call, quadratic when one statement folds
  -- every product.
  FOR f IN
    SELECT DISTINCT ON (u.product_id) u.product_id, u.from_at, u.from_id
    FROM unnest(p_products, p_from_ats, p_from_ids) AS u (product_id, from_at, from_id)
    WHERE u.product_id <> ALL (appended)
    ORDER BY u.product_id, u.from_at, u.from_id
  LOOP
    DELETE FROM movement_cost mc
    WHERE mc.product_id = f.product_id AND (mc.occurred_at, mc.movement_id) >= (f.from_at, f.from_id);

    -- The position just before the point: the product's last remaining cost row.
    SELECT mc.quantity_after, mc.value_after, mc.average_cost_after INTO q, v, a
    FROM movement_cost mc
    WHERE mc.product_id = f.product_id
    ORDER BY mc.occurred_at DESC, mc.movement_id DESC
    LIMIT 1;
    IF NOT FOUND THEN
      q := 0; v := 0; a := NULL;
    END IF;
    product_start := coalesce(array_length(r_movement, 1), 0) + 1;

    FOR m IN
      SELECT mv.id, mv.kind, mv.occurred_at, mv.from_location_id, mv.to_location_id, mv.quantity, mv.unit_cost,
             mv.unit_price, mv.counterparty, mv.reversal_of_id
      FROM movement mv
      WHERE mv.product_id = f.product_id AND (mv.occurred_at, mv.id) >= (f.from_at, f.from_id)
      ORDER BY mv.occurred_at, mv.id
    LOOP
      change := CASE
        WHEN m.from_location_id IS NULL THEN m.quantity
        WHEN m.to_location_id IS NULL THEN -m.quantity
        ELSE 0
      END;
      IF m.reversal_of_id IS NOT NULL THEN
        -- Only this product's rows: a reversal is of a movement of the same product.
        found_at := array_position(r_movement, m.reversal_of_id, product_start);
        IF found_at IS NOT NULL THEN
          c := r_cost[found_at];
        ELSE
          SELECT orig.unit_cost INTO c FROM movement_cost orig WHERE orig.movement_id = m.reversal_of_id;
        END IF;
      ELSIF change > 0 AND m.unit_cost IS NOT NULL THEN
        c := m.unit_cost;
      ELSE
        c := a;
      END IF;
      IF change <> 0 THEN
        q := q + change;
        v := round(v + change * coalesce(c, 0), 10);
        IF q <= 0 OR v < 0 THEN
          v := 0;
        END IF;
        IF q > 0 AND (a IS NOT NULL OR c IS NOT NULL) THEN
          a := round(v / q, 10);
        END IF;
      END IF;
      r_movement := r_movement || m.id;
      r_product := r_product || f.product_id;
      r_occurred := r_occurred || m.occurred_at;
      r_change := r_change || change;
      r_cost := r_cost || round(c, 10);
      r_quantity := r_quantity || q;
      r_value := r_value || v;
      r_average := r_average || a;
      r_kind := r_kind || m.kind;
      r_location := r_location || CASE WHEN change < 0 THEN m.from_location_id WHEN change > 0 THEN m.to_location_id END;
      r_counterparty := r_counterparty || m.counterparty;
      r_price := r_price || m.unit_price;
    END LOOP;
    p_product_ids := p_product_ids || f.product_id;
    p_quantity := p_quantity || q;
    p_value := p_value || v;
    p_average := p_average || a;
  END LOOP;

  IF cardinality(p_product_ids) = 0 THEN
    RETURN;
  END IF;

  INSERT INTO movement_cost (movement_id, product_id, occurred_at, quantity_change, unit_cost, quantity_after,
                             value_after, average_cost_after, kind, location_id, counterparty, unit_price)
  SELECT * FROM unnest(r_movement, r_product, r_occurred, r_change, r_cost, r_quantity, r_value, r_average, r_kind,
                       r_location, r_counterparty, r_price);

  -- The position after each product's last movement: what valuing the stock now reads.
  INSERT INTO product_cost (product_id, quantity, value, average_cost)
  SELECT * FROM unnest(p_product_ids, p_quantity, p_value, p_average)
  ON CONFLICT (product_id) DO UPDATE
    SET quantity = excluded.quantity, value = excluded.value, average_cost = excluded.average_cost;
END;
$$;
