// Products by SKU: a row creates the product or updates the fields it gives, with the rules of
// createProduct / updateProduct (checkProductFields), set-based: a batch is one read of the SKUs it
// names, one multi-row INSERT, one UPDATE ... FROM, one audit insert and one event insert.
import { Prisma, type PrismaClient, type Product } from '../../generated/prisma/client';
import { actorColumns, type Actor } from '../../shared/actor';
import type { UserError } from '../../shared/errors';
import { checkProductFields, PRODUCT_ROW_COLUMNS, type ProductFields } from '../catalog';
import { announceEvents, positionSql, productPayload, recordEvents, type EventDraft } from '../events';
import { productChanged } from '../stock';
import { RowCells } from './cells';
import { openSource, type SourceRow } from './source';
import { ImportTally } from './tally';
import { ImportFatalError, type Importer, type RowError } from './types';

/** Our column names for a product file; the file's headers match them ignoring case, spaces, `_` and `-`. */
export const PRODUCT_COLUMNS = [
  'sku',
  'name',
  'description',
  'category',
  'unit',
  'price',
  'reorderPoint',
  'reorderQuantity',
  'preferredSupplier',
  'leadTimeDays',
] as const;

type Column = (typeof PRODUCT_COLUMNS)[number];

/** Rows per statement: large enough that round trips do not dominate, small enough for the parameter limit. */
const BATCH_ROWS = 250;

type Cleaned = ReturnType<typeof checkProductFields>;

/** A row in file order: its errors, or its cleaned values. */
type Entry = { row: number; errors: RowError[] } | { row: number; sku: string; data: Cleaned };

type Db = PrismaClient | Prisma.TransactionClient;

/** What a row is compared with: the fields an import can give, read for the batch's SKUs. */
type StoredProduct = Pick<Product, 'id' | Column>;

/**
 * A product just written, with what its event's payload and a reorder-point check need (the
 * stock module's LockedProduct); only these columns are read back, not the whole row.
 */
type WrittenProduct = Pick<
  Product,
  'id' | 'sku' | 'name' | 'category' | 'active' | 'reorderPoint' | 'belowReorderPoint' | 'eventPosition'
>;

const WRITTEN_COLUMNS = Prisma.sql`id::text AS id, sku::text AS sku, name, category, active,
  reorder_point AS "reorderPoint", below_reorder_point AS "belowReorderPoint", event_position AS "eventPosition"`;

/** Thrown to roll back an --atomic import's single transaction once a row has failed. */
class AtomicFailure extends Error {}

export const importProducts: Importer = async (deps, request, hooks = {}) => {
  const source = await openSource(request, PRODUCT_COLUMNS);
  if (source.columns && !source.columns.includes('sku')) {
    throw new ImportFatalError(
      'MISSING_COLUMN',
      `The file has no sku column (its columns: ${source.columns.join(', ')}); name it with --map sku=<column>.`,
    );
  }
  const tally = new ImportTally(hooks, source.bytesTotal);
  const dryRun = request.dryRun ?? false;
  const batch = new ProductBatch(request.actor, deps.events ?? true, tally);
  const run = async (db: Db | null): Promise<boolean> => {
    /** Lower-cased SKU -> the row it first appeared on. */
    const seen = new Map<string, number>();
    let entries: Entry[] = [];
    let bytesRead = 0;
    for await (const row of source.rows()) {
      entries.push(checkRow(row, seen));
      bytesRead = row.bytesRead;
      if (entries.length >= BATCH_ROWS) {
        await batch.flush(deps.prisma, db, entries);
        entries = [];
        tally.progress(bytesRead);
        if (hooks.signal?.aborted) return false;
      }
    }
    await batch.flush(deps.prisma, db, entries);
    return true;
  };

  if (dryRun) {
    const finished = await run(null);
    return tally.result(true, !finished);
  }
  if (!request.atomic) {
    const finished = await run(deps.prisma);
    return tally.result(false, !finished);
  }
  // --atomic: the whole file in one transaction, rolled back when any row fails (or on cancel).
  let finished = true;
  try {
    await deps.prisma.$transaction(
      async (tx) => {
        finished = await run(tx);
        if (!finished || tally.failed > 0) throw new AtomicFailure();
      },
      { maxWait: deps.transactionWaitMs ?? 10_000, timeout: 60 * 60_000 },
    );
    if (batch.events) announceEvents();
  } catch (error) {
    if (!(error instanceof AtomicFailure)) throw error;
    // Nothing was written: what would have been created or updated is unchanged.
    tally.unchanged += tally.created + tally.updated;
    tally.created = 0;
    tally.updated = 0;
  }
  return tally.result(false, !finished);
};

/** The row's own checks: readable cells, the mutation's field rules, and each SKU once per file. */
function checkRow(source: SourceRow, seen: Map<string, number>): Entry {
  if (source.error) return { row: source.row, errors: [source.error] };
  const cells = new RowCells(source.row, source.fields);
  const input: ProductFields = {
    sku: cells.text('sku'),
    name: cells.text('name'),
    description: cells.text('description'),
    category: cells.text('category'),
    unit: cells.text('unit'),
    price: cells.decimal('price'),
    reorderPoint: cells.integer('reorderPoint'),
    reorderQuantity: cells.integer('reorderQuantity'),
    preferredSupplier: cells.text('preferredSupplier'),
    leadTimeDays: cells.integer('leadTimeDays'),
  };
  if (cells.raw('sku') === undefined) {
    cells.fail('sku', 'REQUIRED', 'sku must be given: it says which product the row creates or updates.');
  }
  const userErrors: UserError[] = [];
  const data = checkProductFields(userErrors, input);
  cells.addUserErrors(userErrors);
  // Only a row that passed its own checks claims its SKU: an earlier broken row is reported alone.
  if (data.sku !== undefined && cells.errors.length === 0) {
    const key = data.sku.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, source.row);
    else
      cells.fail(
        'sku',
        'DUPLICATE_IN_FILE',
        `SKU ${data.sku} is also on row ${first}; each product may appear once per file (SKUs ignore case).`,
      );
  }
  if (cells.errors.length > 0 || data.sku === undefined) return { row: source.row, errors: cells.errors };
  return { row: source.row, sku: data.sku, data };
}

/** The fields a row gives that differ from the product as stored. */
function changesOf(current: StoredProduct, data: Cleaned): Partial<Cleaned> {
  const changes: Partial<Cleaned> = {};
  for (const column of PRODUCT_COLUMNS) {
    const wanted = data[column];
    if (wanted === undefined) continue;
    const stored = current[column];
    const same =
      column === 'price'
        ? current.price.equals(wanted as NonNullable<Cleaned['price']>)
        : // A SKU whose case differs is a change: the product then shows the file's spelling.
          stored === wanted;
    if (!same) (changes as Record<Column, unknown>)[column] = wanted;
  }
  return changes;
}

interface Created {
  row: number;
  data: Cleaned;
}

interface Updated {
  row: number;
  id: string;
  changes: Partial<Cleaned>;
  reorderPointChanged: boolean;
}

class ProductBatch {
  constructor(
    private readonly actor: Actor | null,
    readonly events: boolean,
    private readonly tally: ImportTally,
  ) {}

  /**
   * Decides each row against the products as stored and, given a database to write to (not a dry
   * run), writes them: in `db` when it is the --atomic transaction, else in a transaction of its own.
   */
  async flush(prisma: PrismaClient, db: Db | null, entries: Entry[]): Promise<void> {
    if (entries.length === 0) return;
    const rows = entries.filter((entry): entry is Extract<Entry, { data: Cleaned }> => 'data' in entry);
    const current = await readProducts(
      db ?? prisma,
      rows.map((entry) => entry.sku),
    );
    const outcome = new Map<number, 'created' | 'updated' | 'unchanged' | RowError[]>();
    const creates: Created[] = [];
    const updates: Updated[] = [];
    for (const entry of rows) {
      const stored = current.get(entry.sku.toLowerCase());
      if (!stored) {
        const missing = (['name', 'price'] as const).filter((column) => entry.data[column] === undefined);
        if (missing.length > 0) {
          outcome.set(
            entry.row,
            missing.map((column) => ({
              row: entry.row,
              column,
              code: 'REQUIRED',
              message: `${column} must be given to create product ${entry.sku}, which does not exist yet.`,
            })),
          );
        } else creates.push({ row: entry.row, data: entry.data });
        continue;
      }
      const changes = changesOf(stored, entry.data);
      if (Object.keys(changes).length === 0) outcome.set(entry.row, 'unchanged');
      else updates.push({ row: entry.row, id: stored.id, changes, reorderPointChanged: 'reorderPoint' in changes });
    }
    if (db === null) {
      for (const create of creates) outcome.set(create.row, 'created');
      for (const update of updates) outcome.set(update.row, 'updated');
    } else if (creates.length > 0 || updates.length > 0) {
      const write = (tx: Prisma.TransactionClient) => this.write(tx, creates, updates, outcome);
      if (db === prisma) {
        await prisma.$transaction(write, { timeout: 120_000 });
        if (this.events) announceEvents();
      } else {
        await write(db as Prisma.TransactionClient);
      }
    }
    // In file order, so errors reach the hook in row order.
    for (const entry of entries) {
      const result = 'errors' in entry ? entry.errors : outcome.get(entry.row)!;
      if (Array.isArray(result)) await this.tally.fail(result);
      else this.tally.count(result);
    }
  }

  private async write(
    tx: Prisma.TransactionClient,
    creates: Created[],
    updates: Updated[],
    outcome: Map<number, 'created' | 'updated' | 'unchanged' | RowError[]>,
  ): Promise<void> {
    const actor = this.actor;
    const { userId, apiKeyId } = actorColumns(actor);
    const by = { user_id: userId, api_key_id: apiKeyId };
    const drafts: EventDraft[] = [];
    const audits: AuditRow[] = [];
    if (creates.length > 0) {
      const made = await insertProducts(
        tx,
        creates.map((create) => create.data),
      );
      const bySku = new Map(made.map((product) => [product.sku.toLowerCase(), product]));
      for (const create of creates) {
        const product = bySku.get(create.data.sku!.toLowerCase());
        if (!product) {
          outcome.set(create.row, [
            {
              row: create.row,
              column: 'sku',
              code: 'DUPLICATE_SKU',
              message: `Another product already has the SKU "${create.data.sku}" (SKUs ignore case).`,
            },
          ]);
          continue;
        }
        outcome.set(create.row, 'created');
        audits.push({
          action: 'product.created',
          target_id: product.id,
          ...by,
          details: create.data,
        });
        drafts.push(productEvent('PRODUCT_CREATED', actor, product));
      }
    }
    if (updates.length > 0) {
      const values = updates.map(({ id, changes }) => ({
        id,
        sku: changes.sku,
        name: changes.name,
        description: changes.description,
        category: changes.category,
        unit: changes.unit,
        price: changes.price?.toFixed(),
        reorder_point: changes.reorderPoint,
        reorder_quantity: changes.reorderQuantity,
        preferred_supplier: changes.preferredSupplier,
        lead_time_days: changes.leadTimeDays,
      }));
      // Only given fields change (COALESCE keeps the rest); the UPDATE takes each product's lock,
      // and the product is read back under it, as updateProduct reads the row it updated.
      const rows = await tx.$queryRaw<WrittenProduct[]>`/* importProducts: update */
        WITH changed AS (
          UPDATE product p SET
            sku = COALESCE(v.sku, p.sku), name = COALESCE(v.name, p.name),
            description = COALESCE(v.description, p.description), category = COALESCE(v.category, p.category),
            unit = COALESCE(v.unit, p.unit), price = COALESCE(v.price, p.price),
            reorder_point = COALESCE(v.reorder_point, p.reorder_point),
            reorder_quantity = COALESCE(v.reorder_quantity, p.reorder_quantity),
            preferred_supplier = COALESCE(v.preferred_supplier, p.preferred_supplier),
            lead_time_days = COALESCE(v.lead_time_days, p.lead_time_days),
            updated_at = now()
          FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS v(
            id uuid, sku text, name text, description text, category text, unit text, price numeric,
            reorder_point int, reorder_quantity int, preferred_supplier text, lead_time_days int)
          WHERE p.id = v.id
          RETURNING p.*
        )
        SELECT ${WRITTEN_COLUMNS} FROM changed`;
      const byId = new Map(rows.map((product) => [product.id, product]));
      let after = 0n;
      for (const product of rows) if (product.eventPosition > after) after = product.eventPosition;
      for (const update of updates) {
        const product = byId.get(update.id)!;
        outcome.set(update.row, 'updated');
        audits.push({
          action: 'product.updated',
          target_id: update.id,
          ...by,
          details: update.changes,
        });
        if (!this.events) continue;
        drafts.push(productEvent('PRODUCT_UPDATED', actor, product));
        // Only a new reorder point can cross it; productChanged judges it against current stock.
        if (update.reorderPointChanged) drafts.push(...(await productChanged(tx, product, actor, true)));
      }
      if (this.events) {
        // Every updated product is stamped with the position its events are written at (events/outbox.ts).
        await tx.$executeRaw`/* importProducts: positions */
          UPDATE product SET event_position = ${positionSql(after)}
          WHERE id = ANY(${updates.map((update) => update.id)}::uuid[])`;
        await recordEvents(tx, drafts, after);
      }
    } else if (this.events) {
      await recordEvents(tx, drafts);
    }
    if (audits.length > 0) {
      await tx.$executeRaw`/* importProducts: audit */
        INSERT INTO audit_event (action, target_type, target_id, user_id, api_key_id, details)
        SELECT a.action, 'Product', a.target_id, a.user_id, a.api_key_id, a.details
        FROM jsonb_to_recordset(${JSON.stringify(audits)}::jsonb)
          AS a(action text, target_id text, user_id uuid, api_key_id uuid, details jsonb)`;
    }
  }
}

/** The stored products among `skus` (citext: case is ignored), by lower-cased SKU. */
async function readProducts(db: Db, skus: string[]): Promise<Map<string, StoredProduct>> {
  if (skus.length === 0) return new Map();
  const rows = await db.$queryRaw<StoredProduct[]>`/* importProducts: existing */
    SELECT id::text AS id, sku::text AS sku, name, description, category, unit, price,
           reorder_point AS "reorderPoint", reorder_quantity AS "reorderQuantity",
           preferred_supplier AS "preferredSupplier", lead_time_days AS "leadTimeDays"
    FROM product WHERE sku = ANY(${skus}::citext[])`;
  return new Map(rows.map((product) => [product.sku.toLowerCase(), product]));
}

function productEvent(
  type: 'PRODUCT_CREATED' | 'PRODUCT_UPDATED',
  actor: Actor | null,
  product: WrittenProduct,
): EventDraft {
  return { type, actor, productIds: [product.id], locationIds: [], payload: productPayload(product) };
}

/** One audit_event row, as the audit trail records a product change (shared/audit.ts). */
interface AuditRow {
  action: 'product.created' | 'product.updated';
  target_id: string;
  user_id: string | null;
  api_key_id: string | null;
  /** The values written; a Decimal becomes its string. */
  details: Partial<Cleaned>;
}

const INSERT_TYPES: Record<Column, string> = {
  sku: 'citext',
  name: 'text',
  description: 'text',
  category: 'text',
  unit: 'text',
  price: 'numeric',
  reorderPoint: 'int',
  reorderQuantity: 'int',
  preferredSupplier: 'text',
  leadTimeDays: 'int',
};

/**
 * Creates the products, one INSERT per set of given columns (a file's rows mostly share one), so a
 * column a row leaves empty takes the table's default as createProduct's would. A SKU another
 * writer took since the read is skipped (ON CONFLICT) and missing from the answer.
 */
async function insertProducts(tx: Prisma.TransactionClient, rows: Cleaned[]): Promise<WrittenProduct[]> {
  const groups = new Map<string, Cleaned[]>();
  for (const row of rows) {
    const given = PRODUCT_COLUMNS.filter((column) => row[column] !== undefined).join(',');
    groups.set(given, [...(groups.get(given) ?? []), row]);
  }
  const made: WrittenProduct[] = [];
  for (const [given, group] of groups) {
    const columns = given.split(',') as Column[];
    const names = Prisma.raw(columns.map((column) => PRODUCT_ROW_COLUMNS[column]).join(', '));
    const types = Prisma.raw(
      columns.map((column) => `${PRODUCT_ROW_COLUMNS[column]} ${INSERT_TYPES[column]}`).join(', '),
    );
    const values = group.map((row) =>
      Object.fromEntries(columns.map((column) => [PRODUCT_ROW_COLUMNS[column], row[column]])),
    );
    made.push(
      ...(await tx.$queryRaw<WrittenProduct[]>`/* importProducts: create */
        WITH made AS (
          INSERT INTO product (${names}, updated_at)
          SELECT ${names}, now() FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS v(${types})
          ON CONFLICT (sku) DO NOTHING
          RETURNING *
        )
        SELECT ${WRITTEN_COLUMNS} FROM made`),
    );
  }
  return made;
}
