-- The cost ledger's fold for many products in one call (the movements import folds a batch of
-- thousands of products at once; one call per product spent most of its time on the per-call
-- statements, not on the movements). refresh_movement_cost(product, from_at, from_id) keeps its
-- signature and now calls this with one product, so the fold's rules live in one place; they are
-- unchanged (see migration movement_cost): for each product, from (p_from_ats[i], p_from_ids[i])
-- onwards in business-time order, starting from the position just before that point.
--
-- The products are locked first, in id order (FOR NO KEY UPDATE, as before); then, product by
-- product, its refolded tail is deleted and its movements from that point are folded in one ordered
-- pass over its index range; the new rows are gathered and inserted in one statement at the end (a
-- reversal reads the cost its original was folded at from them, or from the table when it was not
-- refolded). Each statement sees rows committed while it waited for the locks.
CREATE FUNCTION refresh_movement_costs(p_products uuid[], p_from_ats timestamptz[], p_from_ids bigint[])
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
  -- The movement_cost rows of this call, column by column, and each product's final position.
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

  -- Product by product (each from its earliest point when it is named twice), every statement on
  -- one product's index range: a set-based join over the arrays was planned as scans of the whole
  -- movement and movement_cost tables per call, quadratic when one statement folds every product.
  FOR f IN
    SELECT DISTINCT ON (u.product_id) u.product_id, u.from_at, u.from_id
    FROM unnest(p_products, p_from_ats, p_from_ids) AS u (product_id, from_at, from_id)
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

CREATE OR REPLACE FUNCTION refresh_movement_cost(p_product uuid, p_from_at timestamptz, p_from_id bigint)
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM refresh_movement_costs(ARRAY[p_product], ARRAY[p_from_at], ARRAY[p_from_id]);
END;
$$;
