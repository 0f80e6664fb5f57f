// Lints source text as if it were the file at a given path, with the project's eslint.config.mjs.
// ESLint loads its config with import(), which Jest's module sandbox refuses, so the linting runs
// in a child Node (this same file, run directly).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ESLint, type Linter } from 'eslint';

const ROOT = path.join(__dirname, '..', '..');

export interface LintSample {
  /** Where the code would live, relative to the project root: the config's blocks match on it. */
  filePath: string;
  code: string;
}

/** Each sample's messages, in order. */
export async function lintTexts(samples: LintSample[]): Promise<Linter.LintMessage[][]> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', __filename, JSON.stringify(samples)],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as Linter.LintMessage[][];
}

async function lintInThisProcess(samples: LintSample[]): Promise<Linter.LintMessage[][]> {
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: 'eslint.config.mjs' });
  const messages: Linter.LintMessage[][] = [];
  for (const { filePath, code } of samples) {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath), warnIgnored: true });
    messages.push(result?.messages ?? []);
  }
  return messages;
}

if (require.main === module) {
  lintInThisProcess(JSON.parse(process.argv[2] ?? '[]') as LintSample[]).then(
    (messages) => process.stdout.write(JSON.stringify(messages)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
