-- held_units and held_until as of the moment they are called, for the ledger's lock statement.
-- The STABLE originals read with the snapshot their statement took when it started. A write that
-- queued for a level's lock started before the write ahead of it committed, so when the level's
-- stored reserved figure is no longer exact (a hold it counts expired while the write waited), the
-- originals would sum the holds as they were before the write ahead: a release still held, a new
-- hold missing, and the level saved with that figure. VOLATILE makes each call read what is
-- committed when it runs, which in the lock statement is after that level's lock was granted, and
-- every change to a level's holds is made under that lock. Reads keep the STABLE originals, which
-- agree with the rest of their statement's snapshot.
--
-- Each twin only calls its original: a VOLATILE function runs each statement with a new snapshot,
-- and the STABLE original reads with the snapshot of the statement that calls it, so the sum is
-- written once, in held_units and held_until (migration stock_states_and_reservations).
CREATE FUNCTION held_units_latest(p_product uuid, p_location uuid, p_at timestamptz) RETURNS integer
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  RETURN held_units(p_product, p_location, p_at);
END
$$;

CREATE FUNCTION held_until_latest(p_product uuid, p_location uuid, p_at timestamptz) RETURNS timestamptz
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  RETURN held_until(p_product, p_location, p_at);
END
$$;
