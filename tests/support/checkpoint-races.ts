// What the tests of a monthly checkpoint built while a back-dated write is in flight share: forgetting
// a built month, telling a promise still pending, waiting on the checkpoint lock, extra sessions.
import { Client } from 'pg';

export function checkpointRaces(db: Client, databaseUrl: string) {
  return {
    /** Forgets the built month at `at`, so it is built again. */
    async unbuild(at: Date) {
      await db.query('DELETE FROM stock_checkpoint WHERE at = $1', [at]);
      await db.query('DELETE FROM stock_checkpoint_month WHERE at = $1', [at]);
    },
    /** Whether `promise` is still pending after a pause. */
    async pending(promise: Promise<unknown>) {
      const marker = Symbol('pending');
      return (
        (await Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve(marker), 300))])) === marker
      );
    },
    /** Waits until some session holds (granted) or waits for (not granted) the checkpoint lock in `mode`. */
    async checkpointLock(mode: 'ShareLock' | 'ExclusiveLock', granted: boolean) {
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const { rows } = await db.query(
          `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND mode = $1 AND granted = $2
             AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
             AND ((classid::bigint << 32) | objid::bigint) = stock_checkpoint_lock()`,
          [mode, granted],
        );
        if (rows.length > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`no session ${granted ? 'holds' : 'waits for'} the checkpoint lock in ${mode}`);
    },
    /** A session of its own, for a transaction held open across steps. */
    async connect() {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      return client;
    },
  };
}
