// `stockroom export NAME`: the exports of GET /exports/NAME.csv|xlsx (src/exports), with the same
// parameters, checks and rows, written to a file or stdout by the same code. The operator running
// it is trusted as the database's owner: no role is checked.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { prepareExport, servedExports, writeExport, type ExportFormat } from '../exports/router';
import { typeDefs } from '../modules/typeDefs.generated';
import { createServices } from '../services';
import { answerTo } from '../shared/failures';
import { withDatabase } from './database';
import { UsageError } from './usage';

export async function exportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, output: { type: 'string', short: 'o' } },
  });
  const [name, ...pairs] = positionals;
  const served = servedExports(makeExecutableSchema({ typeDefs }));
  const known = [...served.byName.keys()].join(', ');
  if (!name) throw new UsageError(`Say which export to write: ${known}.`);
  const wanted = served.byName.get(name);
  if (!wanted) throw new UsageError(`There is no export "${name}". Exports: ${known}.`);
  const format = (values.format ?? (values.output?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv')) as ExportFormat;
  if (format !== 'csv' && format !== 'xlsx') throw new UsageError('--format must be csv or xlsx.');
  const query: Record<string, string[]> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`${pair}: write a parameter as NAME=VALUE.`);
    (query[pair.slice(0, at)] ??= []).push(pair.slice(at + 1));
  }
  let prepared;
  try {
    // A parameter given once is a value, as in a URL's query; twice, a list (refused where one is expected).
    const params = Object.fromEntries(
      Object.entries(query).map(([key, list]) => [key, list.length === 1 ? list[0] : list]),
    );
    prepared = prepareExport(wanted, format, params);
  } catch (error) {
    const { code, message, fault } = answerTo(error);
    if (fault) throw error;
    process.stderr.write(`Nothing was exported: ${message} (${code})\n`);
    return 2;
  }
  return withDatabase(
    (line) => process.stderr.write(`${line}\n`),
    async ({ database, events }) => {
      const services = createServices(database, {
        transactionWaitMs: 10_000,
        events: { enabled: events },
        // Exports sign nothing in; the authentication service is built only because the services come together.
        auth: {
          secret: randomBytes(32).toString('base64url'),
          tokenTtlSeconds: 60,
          throttleWindowMs: 60_000,
          maxFailuresPerAccount: 1,
          maxFailuresPerAddress: 1,
        },
      });
      const out = values.output ? fs.createWriteStream(values.output) : process.stdout;
      try {
        const { rows } = await writeExport({ services, database }, { ...prepared, out, start: () => undefined });
        process.stderr.write(`Exported ${rows} rows${values.output ? ` to ${values.output}` : ''}.\n`);
        return 0;
      } catch (error) {
        const { code, message, fault } = answerTo(error);
        if (fault) throw error;
        process.stderr.write(`Nothing was exported: ${message} (${code})\n`);
        return 2;
      } finally {
        await services.persisted.close();
      }
    },
  );
}
