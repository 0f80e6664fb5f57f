// CI guard: regenerates everything derived from the SDL and fails when the committed copy differs,
// so an SDL change that was not regenerated (and committed) cannot land.
import { execSync } from 'node:child_process';

const GENERATED = ['schema.graphql', 'src/modules', 'tests/generated', 'src/app/browser/generated'];

execSync('npm run codegen --silent', { stdio: 'inherit' });
const stale = execSync(`git status --porcelain --untracked-files=all -- ${GENERATED.join(' ')}`, {
  encoding: 'utf8',
}).trim();
if (stale) {
  process.stderr.write(
    `Generated files are stale. Run \`npm run codegen\` and commit the result:\n${stale}\n` +
      execSync(`git --no-pager diff --stat -- ${GENERATED.join(' ')}`, { encoding: 'utf8' }),
  );
  process.exit(1);
}
process.stdout.write('Generated files match the SDL.\n');
