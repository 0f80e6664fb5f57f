// The layering of shared/STYLE.md ("Who may import whom") is held by eslint.config.mjs, which
// `npm run lint` (and so CI) runs. For each boundary: an import that crosses it, written in a real
// file of the tree, is reported with that boundary's reason, and the permitted import beside it is not.
import { lintTexts, type LintSample } from './support/lint';

// The reason each boundary gives, as eslint.config.mjs words it.
const RESOLVER_DB = 'reach the database through a service';
const RESOLVER_PRISMA = 'The Prisma client and its types belong to services';
const RESOLVER_STORE = 'never a store, the ledger or raw queries';
const SERVICE_RESOLVERS = 'A service never imports resolvers or their GraphQL types';
const SERVICE_REQUEST = 'GraphQL plumbing (graphql/) and the request context belong to resolvers';
const OTHER_MODULE = 'A module reaches another only through its index';
const THROUGH_INDEX = "A module's public surface is its index";
const BELOW_COMPOSITION = 'A module sits below the composition';
const SHARED = 'shared/ imports no module';
const DB = 'db/ is the bottom layer';
const TESTS = 'src/ never imports tests/, bench/ or scripts/';
const AS_WRITTEN = 'Write the path without climbing back out of a folder';

interface Case {
  file: string;
  imports: string;
  /** The reason the import is reported for; null when it is permitted. */
  reported: string | null;
}

const crossing = (file: string, imports: string, reason: string): Case => ({ file, imports, reported: reason });
const permitted = (file: string, imports: string): Case => ({ file, imports, reported: null });

const TRANSFER = 'src/modules/stock/resolvers/Mutation/transferStock.ts';
const LOW_STOCK = 'src/modules/reports/resolvers/Query/lowStock.ts';
const STOCK_SERVICE = 'src/modules/stock/service.ts';
const LOW_STOCK_SERVICE = 'src/modules/reports/low-stock.ts';

const BOUNDARIES: Record<string, Case[]> = {
  'resolvers reach the database only through services': [
    crossing(TRANSFER, "import type { Database } from '../../../../db/client';", RESOLVER_DB),
    crossing(TRANSFER, "import { Prisma } from '../../../../generated/prisma/client';", RESOLVER_PRISMA),
    crossing(TRANSFER, "import type { Movement } from '../../../../generated/prisma/models';", RESOLVER_PRISMA),
    crossing(TRANSFER, "import type { WriteResult } from '../../ledger';", RESOLVER_STORE),
    crossing(
      'src/modules/stock/resolvers/Query/movements.ts',
      "import { StockQueries } from '../../queries';",
      RESOLVER_STORE,
    ),
    crossing(LOW_STOCK, "import { lowStockPage } from '../../store/low-stock';", RESOLVER_STORE),
    permitted(TRANSFER, "import type { MovementKind } from '../../../../generated/prisma/enums';"),
    permitted(TRANSFER, "import type { MovementRow } from '../../service';"),
    permitted(TRANSFER, "import { decodeIds } from '../inputs';"),
    permitted(TRANSFER, "import type { MutationResolvers } from '../../../types.generated';"),
    permitted(TRANSFER, "import { requireRole } from '../../../../graphql/auth';"),
  ],
  'services never import resolvers, their GraphQL types or the request context': [
    crossing(STOCK_SERVICE, "import type { MutationResolvers } from '../types.generated';", SERVICE_RESOLVERS),
    crossing(STOCK_SERVICE, "import { resolvers } from '../resolvers.generated';", SERVICE_RESOLVERS),
    crossing(STOCK_SERVICE, "import { decodeIds } from './resolvers/inputs';", SERVICE_RESOLVERS),
    crossing(LOW_STOCK_SERVICE, "import type { Context } from '../../context';", SERVICE_REQUEST),
    crossing(LOW_STOCK_SERVICE, "import { toGlobalId } from '../../graphql/global-id';", SERVICE_REQUEST),
    permitted(STOCK_SERVICE, "import type { PrismaClient } from '../../generated/prisma/client';"),
    permitted(STOCK_SERVICE, "import { StockLedger } from './ledger';"),
    permitted(LOW_STOCK_SERVICE, "import { lowStockPage } from './store/low-stock';"),
    permitted('src/modules/persisted/builtin.ts', "import { DOCUMENTS } from './builtin/documents.generated';"),
  ],
  "no module reaches into another's internals": [
    crossing(LOW_STOCK_SERVICE, "import type { WriteResult } from '../stock/ledger';", OTHER_MODULE),
    crossing(LOW_STOCK_SERVICE, "import { StockService } from '../stock/service';", OTHER_MODULE),
    crossing(STOCK_SERVICE, "import { CatalogService } from '../../modules/catalog/service';", OTHER_MODULE),
    crossing(
      'src/modules/reports/resolvers/Product.ts',
      "import type { Product } from '../../catalog/loaders';",
      OTHER_MODULE,
    ),
    crossing(STOCK_SERVICE, "import { CatalogService } from '../stock/../catalog/service';", AS_WRITTEN),
    permitted(LOW_STOCK_SERVICE, "import { CatalogService } from '../catalog';"),
    permitted(LOW_STOCK_SERVICE, "import { CatalogService } from '../catalog/index';"),
  ],
  'code outside the modules uses their index': [
    crossing('src/services.ts', "import { StockService } from './modules/stock/service';", THROUGH_INDEX),
    crossing('src/context.ts', "import { catalogLoaders } from './modules/catalog/loaders';", THROUGH_INDEX),
    crossing('src/main.ts', "import { BUILT_IN_DOCUMENTS } from './modules/persisted/builtin';", THROUGH_INDEX),
    crossing('src/graphql/persisted.ts', "import { sha256Hex } from '../modules/persisted/manifest';", THROUGH_INDEX),
    crossing('src/http/credentials.ts', "import type { AuthService } from '../modules/auth/service';", THROUGH_INDEX),
    crossing(
      'src/exports/router.ts',
      "import { checkFilterTargets } from '../modules/reports/filters';",
      THROUGH_INDEX,
    ),
    permitted('src/services.ts', "import { StockService } from './modules/stock';"),
    permitted('src/http/credentials.ts', "import type { AuthService } from '../modules/auth';"),
    permitted('src/server.ts', "import { resolvers } from './modules/resolvers.generated';"),
  ],
  'modules sit below the composition and the HTTP edges; graphql/ and http/ use services, not the database': [
    crossing('src/modules/catalog/service.ts', "import { loadConfig } from '../../config';", BELOW_COMPOSITION),
    crossing('src/modules/catalog/service.ts', "import type { Services } from '../../services';", BELOW_COMPOSITION),
    crossing('src/modules/reports/sales.ts', "import { CsvEncoder } from '../../exports/csv';", BELOW_COMPOSITION),
    crossing('src/http/credentials.ts', "import type { Database } from '../db/client';", RESOLVER_DB),
    crossing('src/graphql/errors.ts', "import { Prisma } from '../generated/prisma/client';", RESOLVER_PRISMA),
    permitted('src/server.ts', "import type { Database } from './db/client';"),
    permitted('src/main.ts', "import { connectDatabase } from './db/client';"),
  ],
  'shared/ imports no module, and db/ nothing above it': [
    crossing('src/shared/errors.ts', "import { AuthService } from '../modules/auth';", SHARED),
    crossing('src/shared/errors.ts', "import { toGlobalId } from '../graphql/global-id';", SHARED),
    crossing('src/shared/audit.ts', "import { CsvEncoder } from '../exports/csv';", SHARED),
    crossing('src/shared/log.ts', "import { credentialsOf } from '../http/credentials';", SHARED),
    crossing('src/shared/validation.ts', "import type { Context } from '../context';", SHARED),
    crossing('src/db/client.ts', "import { StockService } from '../modules/stock';", DB),
    crossing('src/db/migrate.ts', "import type { Config } from '../config';", DB),
    permitted('src/shared/audit.ts', "import type { Prisma } from '../generated/prisma/client';"),
    permitted('src/shared/errors.ts', "import { decimal } from './decimal';"),
    permitted('src/db/embedded.ts', "import { createLogger } from '../shared/log';"),
  ],
  'src/ never imports tests/, bench/ or scripts/': [
    crossing('src/server.ts', "import { startServer } from '../tests/support/server';", TESTS),
    crossing(STOCK_SERVICE, "import { givenStock } from '../../../tests/support/factories';", TESTS),
    crossing(
      'src/modules/stock/resolvers/inputs.test.ts',
      "import { ids } from '../../../../tests/support/ids';",
      TESTS,
    ),
    crossing('src/exports/csv.ts', "import { progress } from '../../bench/lib/progress';", TESTS),
    crossing('src/main.ts', "import { register } from '../scripts/persisted-register';", TESTS),
    permitted('src/main.ts', "import { isEmpty } from '../prisma/seed/demo';"),
  ],
};

/** Each case's import as lint sees it (the reason it was reported for, or null), by boundary. */
async function verdicts(boundaries: Record<string, Case[]>): Promise<Record<string, Case[]>> {
  const cases = Object.values(boundaries).flat();
  const samples: LintSample[] = cases.map(({ file, imports }) => ({ filePath: file, code: `${imports}\n` }));
  const messages = await lintTexts(samples);
  const linted = cases.map(({ file, imports }, i): Case => {
    const found = messages[i] ?? [];
    const fatal = found.find((message) => message.fatal);
    if (fatal) throw new Error(`${file}: ${fatal.message}`);
    const restricted = found.find((message) => message.ruleId === 'no-restricted-imports');
    return { file, imports, reported: restricted?.message ?? null };
  });
  let next = 0;
  return Object.fromEntries(
    Object.entries(boundaries).map(([boundary, { length }]) => [boundary, linted.slice(next, (next += length))]),
  );
}

describe('import boundaries (eslint.config.mjs)', () => {
  // One ESLint process for every case: loading the config and the TypeScript parser is the slow part.
  let linted: Promise<Record<string, Case[]>>;
  beforeAll(() => {
    linted = verdicts(BOUNDARIES);
    // Awaited in each test; this keeps a failure from being reported as unhandled first.
    linted.catch(() => undefined);
  });

  it.each(Object.entries(BOUNDARIES))('%s', async (boundary, cases) => {
    // Given imports that cross the boundary and imports it permits, at real paths of the tree
    // When lint reads them
    const results = (await linted)[boundary];

    // Then each crossing is reported with the boundary's reason, and nothing permitted is
    expect(results).toEqual(
      cases.map((c) => ({ ...c, reported: c.reported === null ? null : expect.stringContaining(c.reported) })),
    );
  });
});
