// ESLint flat config. Syntax-only typescript-eslint rules (no type information) keep `npm run lint`
// fast; `tsc --noEmit` is the type check.
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'node_modules/',
    'coverage/',
    'data/',
    '.data/',
    'src/generated/',
    'tests/generated/',
    '**/*.generated.ts',
  ]),
  {
    files: ['src/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', '*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'warn',
    },
  },
  {
    // Inside a transaction only its own client may be used. Reaching the pool from there takes a
    // second connection while the transaction holds one, and once every pooled connection is held
    // that way the pool deadlocks (idempotent replays did, until the pool timed out). So no `this`
    // (a method could reach the pool) and no outer client inside a `$transaction` callback or a
    // ledger `plan`, which runs inside the ledger's transaction: pass `tx` to free functions.
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "CallExpression[callee.property.name='$transaction'] > :function",
          "Property[key.name='plan'] > :function",
        ].map((inTransaction) => ({
          selector: `${inTransaction} :matches(ThisExpression, Identifier[name=/^(prisma|pool)$/]:not(MemberExpression[object.type='ThisExpression'] > .property))`,
          message:
            'Inside a transaction use only its client (`tx`): `this` or an outer client takes a second pooled connection and can deadlock the pool. Pass `tx` to a free function.',
        })),
      ],
    },
  },
);
