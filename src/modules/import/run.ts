// The one entry point of a bulk import, for the command line and the HTTP import jobs alike:
// picks the kind's importer. Each importer validates with the rules of the matching mutation.
import { importMovements } from './movements';
import { importProducts } from './products';
import { importStock } from './stock';
import {
  ImportFatalError,
  type ImportDeps,
  type ImportHooks,
  type ImportRequest,
  type ImportResult,
  type ImportWriteOptions,
  type Importer,
} from './types';

const IMPORTERS: Record<ImportRequest['kind'], Importer> = {
  products: importProducts,
  stock: importStock,
  movements: importMovements,
};

/**
 * Imports `request.file`. Resolves with the counts (also when some rows failed: they went to
 * `hooks.onRowError`); rejects with ImportFatalError when nothing could run (unreadable file,
 * unknown format, a required column missing).
 */
export function runImport(
  deps: ImportDeps & ImportWriteOptions,
  request: ImportRequest,
  hooks: ImportHooks = {},
): Promise<ImportResult> {
  const importer = Object.hasOwn(IMPORTERS, request.kind) ? IMPORTERS[request.kind] : undefined;
  if (!importer) {
    return Promise.reject(
      new ImportFatalError(
        'UNKNOWN_KIND',
        `Cannot import "${String(request.kind)}": choose products, stock or movements.`,
      ),
    );
  }
  return importer(deps, request, hooks);
}
