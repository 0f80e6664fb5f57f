-- held_units and held_until as of the moment they are called, for the ledger's lock statement.
-- The STABLE originals read with the snapshot their statement took when it started. A write that
-- queued for a level's lock started before the write ahead of it committed, so when the level's
-- stored reserved figure is no longer exact (a hold it counts expired while the write waited), the
-- originals would sum the holds as they were before the write ahead: a release still held, a new
-- hold missing, and the level saved with that figure. VOLATILE makes each call read what is
-- committed when it runs, which in the lock statement is after that level's lock was granted, and
-- every change to a level's holds is made under that lock. Reads keep the STABLE originals, which
-- agree with the rest of their statement's snapshot.
CREATE FUNCTION held_units_latest(p_product uuid, p_location uuid, p_at timestamptz) RETURNS integer
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  RETURN (
    SELECT COALESCE(SUM(l.quantity - l.fulfilled - l.released), 0)::int
    FROM reservation_line l JOIN reservation r ON r.id = l.reservation_id
    WHERE l.product_id = p_product AND l.location_id = p_location AND l.open
      AND r.status = 'ACTIVE' AND r.expires_at > p_at
  );
END
$$;

CREATE FUNCTION held_until_latest(p_product uuid, p_location uuid, p_at timestamptz) RETURNS timestamptz
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  RETURN (
    SELECT MIN(r.expires_at)
    FROM reservation_line l JOIN reservation r ON r.id = l.reservation_id
    WHERE l.product_id = p_product AND l.location_id = p_location AND l.open
      AND r.status = 'ACTIVE' AND r.expires_at > p_at
  );
END
$$;
