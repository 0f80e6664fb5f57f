// Each command's usage, and the error for a command line that cannot be understood: the command
// prints the message and its usage, and exits 2.
export class UsageError extends Error {
  override name = 'UsageError';
}

export const IMPORT_USAGE = `Usage: stockroom import <products|stock|movements> FILE [options]

Options:
  --format csv|jsonl|shopify  how FILE is read (default: from its extension and header)
  --map OURS=THEIRS           read our column OURS from the file's column THEIRS (repeatable)
  --dry-run                   validate every row with the mutations' rules, write nothing
  --atomic                    write every row or none (default: good rows commit in batches)
  --errors FILE.csv           write every failed row's errors there (row, column, code, message)

Exit code: 0 every row imported, 1 some rows failed (or the import was interrupted), 2 nothing could run.
See docs/import.md for the columns of each kind.`;

export const EXPORT_USAGE = `Usage: stockroom export <stock-levels|movements|valuation|sales> [NAME=VALUE ...] [options]

Writes the export that GET /exports/<name>.csv serves, with the same parameters (NAME=VALUE, named
as the GraphQL arguments, e.g. kinds=RECEIPT,SHIPMENT occurredFrom=2026-01-01T00:00:00Z).

Options:
  --format csv|xlsx   the file's format (default: from --output's extension, else csv)
  --output FILE       write there (default: stdout)

Exit code: 0 written, 2 refused (unknown export or parameter, bad value). See docs/exports.md.`;

export const VERIFY_USAGE = `Usage: stockroom verify

Recomputes every stock level from the ledger and lists the levels whose stored figures differ.
Exit code: 0 no differences, 1 differences, 2 no database to verify.`;
