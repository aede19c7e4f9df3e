// ESLint flat config. Besides the usual recommended rules, it enforces the layering of DESIGN.md
// section 3 (who may import whom) and keeps wall-clock time and ambient randomness out of the
// simulation, so that determinism is guarded by a tool rather than by memory.
//
// Rules use the non-type-checked typescript-eslint presets on purpose: lint stays fast and needs
// no TypeScript program. Note that in a flat config a rule configured again in a later block
// replaces the earlier options instead of merging them, which is why every folder below lists its
// complete set of import restrictions.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const TEST_FILES = ['**/*.test.{ts,tsx}', '**/*.prop.test.{ts,tsx}', 'e2e/**'];

/** Import patterns that several layers ban; each is one `patterns` entry. */
const ban = {
  react: {
    group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@xstate/react'],
    message: 'React belongs to src/ui only (DESIGN.md section 3).',
  },
  d3: {
    group: ['d3', 'd3/*', 'd3-*'],
    message: 'D3 belongs to src/ui only (DESIGN.md section 3).',
  },
  zustand: {
    group: ['zustand', 'zustand/*'],
    message: 'Zustand belongs to src/ui only (DESIGN.md section 3).',
  },
  node: {
    regex: '^node:',
    message: 'src/sim must run unchanged in a Web Worker: no Node built-ins.',
  },
  ui: {
    regex: '^(\\.\\./)+(src/)?ui(/|$)|^src/ui(/|$)',
    message: 'Nothing outside src/ui may import the UI (DESIGN.md section 3).',
  },
  worker: {
    regex: '^(\\.\\./)+(src/)?worker(/|$)|^src/worker(/|$)',
    message: 'Only src/ui/bridge talks to the worker, and only through `new Worker(new URL(...))`.',
  },
  protocol: {
    regex: '^(\\.\\./)+(src/)?protocol(/|$)|^src/protocol(/|$)',
    message: 'The simulation does not know about the UI/worker protocol (DESIGN.md section 3).',
  },
  cli: {
    regex: '^(\\.\\./)+(src/)?cli(/|$)|^src/cli(/|$)',
    message: 'src/cli is a Node entry point; nothing imports it.',
  },
  simInternals: {
    regex: '^(\\.\\./)+(src/)?sim/(?!index$)',
    message:
      'The worker uses the simulation through its public surface, src/sim/index.ts (DESIGN.md section 3).',
  },
  simRuntime: {
    regex: '^(\\.\\./)+(src/)?sim(/|$)|^src/sim(/|$)',
    allowTypeImports: true,
    message: 'src/protocol may import types from src/sim, never runtime code (use `import type`).',
  },
};

/** One `@typescript-eslint/no-restricted-imports` setting from a list of bans. */
function restrictImports(...bans) {
  return { '@typescript-eslint/no-restricted-imports': ['error', { patterns: bans }] };
}

// Globals the simulation must not touch: real time, real timers, ambient randomness, and the
// host objects through which they could be reached anyway.
const SIM_BANNED_GLOBALS = [
  ['Date', 'Simulated time is an integer of milliseconds from the kernel clock, never Date.'],
  ['performance', 'No wall-clock time in src/sim; benchmarks live in bench/.'],
  ['setTimeout', 'Timers are kernel events with cancel tokens (DESIGN.md section 4).'],
  ['setInterval', 'Timers are kernel events with cancel tokens (DESIGN.md section 4).'],
  ['setImmediate', 'Timers are kernel events with cancel tokens (DESIGN.md section 4).'],
  ['clearTimeout', 'Timers are kernel events with cancel tokens (DESIGN.md section 4).'],
  ['clearInterval', 'Timers are kernel events with cancel tokens (DESIGN.md section 4).'],
  ['queueMicrotask', 'Ordering comes from the kernel queue, not from the JS task queues.'],
  ['requestAnimationFrame', 'The simulation never sees frames; the UI does.'],
  ['crypto', 'Randomness comes from the seeded PRNG streams in src/sim/kernel/prng.ts.'],
  ['window', 'src/sim has no DOM.'],
  ['document', 'src/sim has no DOM.'],
  ['self', 'src/sim has no worker globals.'],
  ['globalThis', 'Reaching host objects through globalThis defeats the determinism rules.'],
  ['global', 'src/sim has no Node globals.'],
  ['process', 'src/sim has no Node globals.'],
].map(([name, message]) => ({ name, message }));

export default defineConfig(
  {
    ignores: [
      'dist/**',
      '.e2e-dist/**',
      'reports/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Plain JavaScript outside the browser: configs and scripts run in Node.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['scripts/**', 'e2e/**', 'bench/**', 'src/cli/**', '*.config.{js,ts,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },

  // ---- Import boundaries (DESIGN.md section 3) ----
  {
    files: ['src/sim/**/*.{ts,tsx}'],
    rules: restrictImports(
      ban.react,
      ban.d3,
      ban.zustand,
      ban.node,
      ban.ui,
      ban.worker,
      ban.protocol,
      ban.cli,
    ),
  },
  {
    files: ['src/protocol/**/*.{ts,tsx}'],
    rules: restrictImports(
      ban.react,
      ban.d3,
      ban.zustand,
      ban.ui,
      ban.worker,
      ban.cli,
      ban.simRuntime,
    ),
  },
  {
    files: ['src/worker/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.worker } },
    rules: restrictImports(ban.react, ban.d3, ban.zustand, ban.ui, ban.cli, ban.simInternals),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrictImports(ban.worker, ban.cli),
  },
  {
    files: ['src/cli/**/*.{ts,tsx}', 'bench/**/*.{ts,tsx,js,mjs}'],
    rules: restrictImports(ban.ui),
  },

  // ---- Determinism bans in the simulation (DESIGN.md sections 3 and 4) ----
  {
    files: ['src/sim/**/*.{ts,tsx}'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-globals': ['error', ...SIM_BANNED_GLOBALS],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use a seeded stream from src/sim/kernel/prng.ts (prngFor, nextInt, ...).',
        },
        {
          object: 'crypto',
          property: 'getRandomValues',
          message: 'Use a seeded stream from src/sim/kernel/prng.ts.',
        },
        {
          object: 'crypto',
          property: 'randomUUID',
          message: 'Use a seeded stream from src/sim/kernel/prng.ts.',
        },
        {
          object: 'Date',
          property: 'now',
          message: 'Simulated time comes from the kernel clock, never the wall clock.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date']",
          message: 'Simulated time comes from the kernel clock, never the wall clock.',
        },
      ],
    },
  },

  // ---- React ----
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
);
