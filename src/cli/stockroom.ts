// The `stockroom` command line (package.json "bin", run from source by bin/stockroom.mjs):
// `import`, `export` and `verify`, each on DATABASE_URL or the embedded PostgreSQL of `npm start`.
import { ConfigError } from '../config';
import { EmbeddedDatabaseError } from '../db/embedded';
import { EXPORT_USAGE, IMPORT_USAGE, UsageError, VERIFY_USAGE } from './usage';

const USAGE = `Usage: stockroom <command> [options]

Commands:
  import products|stock|movements FILE   create or update products, count stock, record movements
  export NAME [NAME=VALUE ...]           write an export (as GET /exports/NAME.csv) to a file or stdout
  verify                                 check every stock level against the ledger

Run \`stockroom <command> --help\` for a command's options. The database is DATABASE_URL, or
without it the embedded PostgreSQL in EMBEDDED_PG_DIR that \`npm start\` uses.`;

type Command = (args: string[]) => Promise<number>;

/** Each command's code is loaded when it runs: an import needs none of the modules an export loads. */
const COMMANDS: Record<string, { usage: string; load: () => Promise<Command> }> = {
  import: { usage: IMPORT_USAGE, load: async () => (await import('./import.js')).importCommand },
  export: { usage: EXPORT_USAGE, load: async () => (await import('./export.js')).exportCommand },
  verify: { usage: VERIFY_USAGE, load: async () => (await import('./verify.js')).verifyCommand },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    console.log(command.usage);
    return 0;
  }
  try {
    const run = await command.load();
    return await run(args);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: unknown }).code?.toString().startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message}\n\n${command.usage}`);
      return 2;
    }
    console.error(error instanceof Error ? error.message : error);
    // 2: no database to work on (bad settings, or an embedded one that cannot be opened).
    if (error instanceof ConfigError || error instanceof EmbeddedDatabaseError) return 2;
    return name === 'verify' ? 1 : 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exit(code);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
