// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';

// A feature never imports another feature; the app shell composes them.
const features = readdirSync(new URL('./src/web/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const featureZones = features.map((name) => ({
  target: `./src/web/features/${name}`,
  from: './src/web/features',
  except: [`./${name}`],
  message: 'Features do not import each other; compose them in src/web/app.',
}));

/** The architecture, enforced: shared <- server; shared <- web/components|lib <- web/entities <- web/features <- web/app. */
const architectureZones = [
  {
    target: './src/shared',
    from: ['./src/web', './src/server'],
    message: 'src/shared is isomorphic: it imports neither web nor server code.',
  },
  {
    target: './src/cli',
    from: ['./src/web', './src/server'],
    // Its tests start the embedded server in-process (the test helpers, and a clock set to now).
    except: ['./testing', './clock.ts'],
    message:
      'The CLI (src/cli) imports only src/shared: it talks to Vultr over HTTP like any client.',
  },
  {
    target: './src/web',
    from: './src/server',
    message: 'The SPA never imports server code; talk to it over HTTP.',
  },
  {
    target: './src/server',
    from: './src/web',
    message: 'The server never imports SPA code.',
  },
  {
    target: './src/server/console',
    from: './src/server/emulator',
    message:
      'The console backend does not import the emulator: what both need lives in src/server (e.g. embedded.ts); app.ts wires them.',
  },
  {
    target: './src/server/emulator/store',
    from: ['./src/server/http-error.ts', './src/server/errors.ts'],
    message:
      'Stores speak no HTTP: throw StoreError (store/store-error.ts); the error mapper answers it.',
  },
  {
    target: './src/server/emulator',
    from: './src/server/console',
    message:
      'The emulator does not import the console backend: what both need lives in src/server; app.ts wires them.',
  },
  {
    target: ['./src/web/components', './src/web/lib'],
    from: ['./src/web/entities', './src/web/features', './src/web/app'],
    message: 'Shared UI and lib code must not depend on entities, features or the app shell.',
  },
  {
    target: './src/web/entities',
    from: ['./src/web/features', './src/web/app'],
    message:
      'Entities (one per API object: its queries, cache helpers, small shared UI) never import features or the app shell.',
  },
  {
    target: './src/web/features',
    from: './src/web/app',
    message: 'Features are composed by the app shell, never the other way round.',
  },
  ...featureZones,
];

export default tseslint.config(
  {
    ignores: ['node_modules', 'dist', 'data', 'test-results', 'playwright-report', 'blob-report'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // The architecture, enforced: shared <- server; shared <- web/components|lib <- web/entities <- web/features <- web/app.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: architectureZones,
        },
      ],
    },
  },
  {
    // SQL lives in the emulator's stores: routes, services and the STS endpoint call store functions.
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/**/*.test.ts', 'src/server/testing/**', 'src/server/emulator/store/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name=/^(prepare|exec)$/][callee.object.name='db']",
          message: 'SQL belongs in src/server/emulator/store: call a store function.',
        },
      ],
    },
  },
  {
    // Test helpers live in src/server/testing and only tests (and benchmarks) use them.
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/**/*.test.ts', 'src/server/testing/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...architectureZones,
            {
              target: './src/server',
              from: './src/server/testing',
              message: 'Production code never imports test helpers (src/server/testing).',
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright reads fixture dependencies from the first parameter's destructuring, even when empty.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Every write names the entity keys it makes stale (lib/query-client.ts marks them stale
      // when it settles), so no screen keeps showing what another screen changed.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.name='useMutation'] > ObjectExpression.arguments:first-child:not(:has(> Property[key.name='meta']))",
          message:
            'Pass `meta: { invalidates: [...] }` naming the entity roots this write changes (src/web/entities/*).',
        },
        {
          selector:
            "CallExpression[callee.name='useMutation'] > :first-child:not(ObjectExpression)",
          message: 'Write the options of useMutation inline, with their `meta.invalidates`.',
        },
      ],
    },
  },
);
