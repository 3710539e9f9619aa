// One flat config for the whole workspace. Formatting is Prettier's job
// (`.prettierrc`); eslint-config-prettier, last, turns off the rules that would
// argue with it.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['**/node_modules/', '**/dist/', '**/coverage/', 'apps/api/src/generated/', 'tests/test-results/', 'tests/playwright-report/', '.data/'],
  },
  js.configs.recommended,
  // strictTypeChecked rather than strict: the rules that find real defects here
  // (floating promises, awaiting non-promises, always-true conditions, unsafe `any`)
  // all need types. The type information comes from each package's tsconfig through
  // the project service, which builds one program per tsconfig and reuses it for
  // every file of that package: about two minutes for the whole tree on two cores,
  // against seconds for `strict`, which would find none of those.
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // The contracts' Vitest config sits outside that package's tsconfig (whose rootDir is src).
        projectService: { allowDefaultProject: ['packages/contracts/vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Numbers and other primitives in messages and SQL read naturally; objects
      // (which would print as [object Object]) are still refused.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        {
          allowNumber: true,
          allowBoolean: true,
          allowNullish: false,
          allow: [
            { from: 'lib', name: ['Error', 'URL', 'URLSearchParams'] },
            { from: 'package', package: 'url', name: ['URL', 'URLSearchParams'] },
          ],
        },
      ],
      // Callbacks in props and contexts are properties, not methods: a component
      // destructures them (`{ onSave }`), which unbound-method rightly refuses for a method.
      '@typescript-eslint/method-signature-style': ['error', 'property'],
      // `_` names a destructured value that is left out on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // noUncheckedIndexedAccess (tsconfig.base.json) types every `rows[0]` and regex
      // group as possibly undefined; `!` is how the code says "RETURNING gave one row",
      // and the rule would only push that into casts or dead `if`s.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `() => resolve()`, `onClick={() => setOpen(false)}`: a one-line callback that
      // returns nothing is not confusing; longer void returns are still refused.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // React and Fastify ignore what an event handler returns; an async handler
      // (react-hook-form's handleSubmit) handles its own failures. Promises passed
      // anywhere else that expects void are still refused.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // NestJS types its option bags as classes (NestApplicationOptions and the like);
      // an object literal is how the framework's own documentation passes them.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // `let app` declared before the stop handler that reads it and assigned after:
      // as a `const` moved below, a signal in between would hit the temporal dead zone.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // The one pattern that names the control characters a stored text may not hold:
    // matching them is its purpose, which is what no-control-regex takes for a slip.
    files: ['packages/contracts/src/fields.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // Tests read JSON bodies off the wire (supertest's `body`, fetch's `json()`) and
    // check them with expectations: a cast to the expected type would assert nothing
    // and hide the very mismatch the expectation is there to catch.
    files: ['**/*.test.ts', '**/*.test.tsx', 'apps/api/src/test-support/**', 'tests/e2e/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // NestJS modules are classes that hold only decorators, by the framework's design.
    files: ['apps/api/src/**/*.module.ts'],
    rules: { '@typescript-eslint/no-extraneous-class': 'off' },
  },
  {
    // Plain JavaScript (build scripts, Jest's and Playwright's helpers) is in no
    // tsconfig: lint it without types.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      // What autofocuses here is a form or confirmation the user just opened ("Add
      // lot", "Move", "Deactivate?"), where focus belongs as in a dialog, or the one
      // field a page exists for (sign-in's email, the client search), which the
      // front desk types into at once.
      'jsx-a11y/no-autofocus': 'off',
      // DateInput renders its text box first: a label around it names that box.
      'jsx-a11y/label-has-associated-control': ['error', { controlComponents: ['DateInput'], depth: 3 }],
      // Every form validates the same way (on save, then as a field is corrected), so
      // a message never moves a button under the pointer: forms use useAppForm.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'react-hook-form', importNames: ['useForm'], message: 'Use useAppForm from shared/form: every form validates on save, then as a field is corrected.' }] },
      ],
    },
  },
  {
    files: ['apps/web/src/shared/form.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  prettier,
);
