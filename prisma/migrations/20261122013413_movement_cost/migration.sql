-- CreateTable
CREATE TABLE "movement_cost" (
    "movement_id" BIGINT NOT NULL,
    "product_id" UUID NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "quantity_change" INTEGER NOT NULL,
    "unit_cost" DECIMAL(30,10),
    "quantity_after" INTEGER NOT NULL,
    "value_after" DECIMAL(30,10) NOT NULL,
    "average_cost_after" DECIMAL(30,10),
    "kind" "MovementKind" NOT NULL,
    "location_id" UUID,
    "counterparty" TEXT,
    "unit_price" DECIMAL(19,4),

    CONSTRAINT "movement_cost_pkey" PRIMARY KEY ("movement_id")
);

-- CreateTable
CREATE TABLE "product_cost" (
    "product_id" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "value" DECIMAL(30,10) NOT NULL,
    "average_cost" DECIMAL(30,10),

    CONSTRAINT "product_cost_pkey" PRIMARY KEY ("product_id")
);

-- CreateIndex
CREATE INDEX "movement_cost_product_id_occurred_at_movement_id_idx" ON "movement_cost"("product_id", "occurred_at" DESC, "movement_id" DESC);

-- CreateIndex
CREATE INDEX "movement_cost_kind_occurred_at_idx" ON "movement_cost"("kind", "occurred_at");

-- CreateIndex
CREATE INDEX "movement_line_occurred_at_idx" ON "movement_line"("occurred_at");

-- AddForeignKey
ALTER TABLE "movement_cost" ADD CONSTRAINT "movement_cost_movement_id_fkey" FOREIGN KEY ("movement_id") REFERENCES "movement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_cost" ADD CONSTRAINT "product_cost_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "movement_cost" ADD CONSTRAINT "movement_cost_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The moving weighted average cost, folded over a product's movements in business-time order from
-- (p_from_at, p_from_id) onwards, starting from the state just before that point. The ledger calls
-- it in the transaction that records movements: for an append it folds one movement; for a
-- back-dated one it refolds the product's later history, and leaves the final position in
-- product_cost. Locking the product row serialises it
-- per product (levels are locked per product and location, so two locations could otherwise race;
-- FOR NO KEY UPDATE leaves the foreign-key checks of new movements free). The ledger takes these
-- locks after all its level locks and in product order, so they cannot deadlock. A row lock, not
-- an advisory lock: folding every product in one transaction (below) would exhaust the lock table.
-- Queries in a volatile function see rows committed while it waited for the lock.
--
-- Rules: units entering with a cost (receipts, costed returns) blend that cost into the average;
-- units entering without one (upward counts, uncosted returns) come in at the current average;
-- units leaving go out at the current average, which does not change; transfers change nothing
-- company-wide; a reversal moves its units at the cost the original movement applied, so it
-- undoes the original exactly. Stock that falls to 0 has value 0 and keeps its last average.
-- Units that enter before any cost is known are valued at 0. Values are rounded to 10 decimal
-- places at every step, so an append and a refold give the same figures.
CREATE FUNCTION refresh_movement_cost(p_product uuid, p_from_at timestamptz, p_from_id bigint)
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
  q integer := 0;
  v numeric := 0;
  a numeric := NULL;
  c numeric;
  change integer;
  m record;
BEGIN
  PERFORM 1 FROM product WHERE id = p_product FOR NO KEY UPDATE;

  SELECT mc.quantity_after, mc.value_after, mc.average_cost_after INTO q, v, a
  FROM movement_cost mc
  WHERE mc.product_id = p_product AND (mc.occurred_at, mc.movement_id) < (p_from_at, p_from_id)
  ORDER BY mc.occurred_at DESC, mc.movement_id DESC
  LIMIT 1;
  IF NOT FOUND THEN
    q := 0; v := 0; a := NULL;
  END IF;

  DELETE FROM movement_cost mc
  WHERE mc.product_id = p_product AND (mc.occurred_at, mc.movement_id) >= (p_from_at, p_from_id);

  FOR m IN
    SELECT mv.id, mv.kind, mv.occurred_at, mv.from_location_id, mv.to_location_id, mv.quantity, mv.unit_cost,
           mv.unit_price, mv.counterparty, mv.reversal_of_id
    FROM movement mv
    WHERE mv.product_id = p_product AND (mv.occurred_at, mv.id) >= (p_from_at, p_from_id)
    ORDER BY mv.occurred_at, mv.id
  LOOP
    change := CASE
      WHEN m.from_location_id IS NULL THEN m.quantity
      WHEN m.to_location_id IS NULL THEN -m.quantity
      ELSE 0
    END;
    IF m.reversal_of_id IS NOT NULL THEN
      SELECT orig.unit_cost INTO c FROM movement_cost orig WHERE orig.movement_id = m.reversal_of_id;
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
    INSERT INTO movement_cost (movement_id, product_id, occurred_at, quantity_change, unit_cost, quantity_after,
                               value_after, average_cost_after, kind, location_id, counterparty, unit_price)
    VALUES (m.id, p_product, m.occurred_at, change, round(c, 10), q, v, a, m.kind,
            CASE WHEN change < 0 THEN m.from_location_id WHEN change > 0 THEN m.to_location_id END,
            m.counterparty, m.unit_price);
  END LOOP;

  -- The position after the last movement: what valuing the stock now reads.
  INSERT INTO product_cost (product_id, quantity, value, average_cost)
  VALUES (p_product, q, v, a)
  ON CONFLICT (product_id) DO UPDATE
    SET quantity = excluded.quantity, value = excluded.value, average_cost = excluded.average_cost;
END;
$$;

-- Existing ledgers get their cost history once.
SELECT refresh_movement_cost(p.id, '-infinity', 0) FROM product p;
