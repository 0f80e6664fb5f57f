// `stockroom import products|stock|movements FILE`: runs the import (src/modules/import/run.ts) on
// the command's database, with a progress bar, the row errors on stderr and, with --errors, in a CSV.
import fs from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { csvLine } from '../exports/csv';
import { ImportFatalError, runImport, type ImportFormat, type ImportKind, type RowError } from '../modules/import';
import { withDatabase } from './database';
import { progressView } from './progress';
import { UsageError } from './usage';

const KINDS: readonly ImportKind[] = ['products', 'stock', 'movements'];
const FORMATS: readonly ImportFormat[] = ['csv', 'jsonl', 'shopify'];
/** Errors printed on stderr; the rest only go to --errors. */
const PRINTED_ERRORS = 50;
const ERROR_COLUMNS = [
  { header: 'row', type: 'integer' },
  { header: 'column', type: 'text' },
  { header: 'code', type: 'text' },
  { header: 'message', type: 'text' },
] as const;

export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      map: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
      atomic: { type: 'boolean' },
      errors: { type: 'string' },
    },
  });
  const [kind, file, ...extra] = positionals;
  if (!kind || !KINDS.includes(kind as ImportKind)) throw new UsageError(`Say what to import: ${KINDS.join(', ')}.`);
  if (!file || extra.length > 0) throw new UsageError('Give exactly one FILE to import.');
  if (values.format !== undefined && !FORMATS.includes(values.format as ImportFormat)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}.`);
  }
  const map: Record<string, string> = {};
  for (const pair of values.map ?? []) {
    const [ours, ...rest] = pair.split('=');
    const theirs = rest.join('=');
    if (!ours || !theirs) throw new UsageError(`--map ${pair}: write it as OURS=THEIRS, e.g. --map sku=Code.`);
    map[ours.trim()] = theirs.trim();
  }
  const dryRun = values['dry-run'] ?? false;
  if (dryRun && values.atomic) throw new UsageError('--dry-run writes nothing, so --atomic has no meaning with it.');

  const errorsFile = values.errors ? fs.createWriteStream(values.errors) : null;
  if (errorsFile) {
    await once(errorsFile, 'open');
    errorsFile.write(csvLine(['row', 'column', 'code', 'message'], ERROR_COLUMNS));
  }
  let printed = 0;
  let errorCount = 0;
  const onRowError = async (error: RowError) => {
    errorCount += 1;
    if (printed < PRINTED_ERRORS) {
      printed += 1;
      process.stderr.write(
        `row ${error.row}${error.column ? `, ${error.column}` : ''}: ${error.code}: ${error.message}\n`,
      );
    }
    if (errorsFile && !errorsFile.write(csvLine([error.row, error.column, error.code, error.message], ERROR_COLUMNS))) {
      await once(errorsFile, 'drain');
    }
  };
  // Ctrl-C stops at the next batch: what committed stays, and running the same command again finishes.
  const abort = new AbortController();
  const interrupt = () => {
    if (abort.signal.aborted) process.exit(130);
    process.stderr.write('\nStopping after the current batch (Ctrl-C again to quit at once)...\n');
    abort.abort();
  };
  process.on('SIGINT', interrupt);
  const view = progressView();
  try {
    return await withDatabase(
      (line) => process.stderr.write(`${line}\n`),
      async ({ database, url, events }) => {
        let result;
        try {
          result = await runImport(
            { prisma: database.prisma, databaseUrl: url, events },
            {
              kind: kind as ImportKind,
              file,
              format: values.format as ImportFormat | undefined,
              map,
              dryRun,
              atomic: values.atomic ?? false,
              actor: null,
            },
            { onProgress: (progress) => view.update(progress), onRowError, signal: abort.signal },
          );
        } finally {
          view.stop();
        }
        if (errorCount > printed) {
          process.stderr.write(
            `...and ${errorCount - printed} more error(s)${values.errors ? ` (all in ${values.errors})` : '; write them all with --errors FILE.csv'}.\n`,
          );
        }
        const counts = `${result.rows} rows: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.failed} failed.`;
        const what = result.dryRun
          ? 'Dry run, nothing was written'
          : values.atomic && result.failed > 0
            ? 'Nothing was written (--atomic and some rows failed)'
            : result.outcome === 'CANCELLED'
              ? 'Interrupted; run the same command again to finish'
              : 'Imported';
        console.log(`${what}. ${counts}`);
        return result.failed > 0 || result.outcome === 'CANCELLED' ? 1 : 0;
      },
    );
  } catch (error) {
    if (error instanceof ImportFatalError) {
      process.stderr.write(`Nothing was imported: ${error.message} (${error.code})\n`);
      return 2;
    }
    throw error;
  } finally {
    process.off('SIGINT', interrupt);
    if (errorsFile) {
      errorsFile.end();
      await once(errorsFile, 'close');
    }
  }
}
