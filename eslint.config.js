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
import path from 'node:path';

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
    regex: '^(\\.\\./)+(src/)?sim/(?!(index|vocabulary|cost)$)',
    message:
      'Outside src/sim, use the simulation through its public modules only: src/sim/index.ts, ' +
      'src/sim/vocabulary.ts (kinds, codes, zxids, the format) and src/sim/cost (docs/ARCHITECTURE.md).',
  },
  simRuntime: {
    regex: '^(\\.\\./)+(src/)?sim(/|$)|^src/sim(/|$)',
    allowTypeImports: true,
    message: 'src/protocol may import types from src/sim, never runtime code (use `import type`).',
  },
};

// A Simulation's World is the engine's working state (kernel queue, PRNG streams, checker state
// included): code above src/sim reads a run through Simulation.view (a WorldView), nowMs,
// traceCount and the functions of src/sim/engine/views.ts (issue 14, item 5). Tests in those
// folders keep to the same surface. The rule is syntactic: it bans any member named `world`
// there, which nothing else in these folders uses.
const banWorld = {
  selector: "MemberExpression[property.name='world']",
  message:
    "Read a run through the Simulation's view (sim.view, sim.nowMs, sim.traceCount) and " +
    'src/sim/index.ts (liveTimers, pendingMessages, checkInFlight), not its World.',
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

// Layers inside src/sim, bottom first (docs/ARCHITECTURE.md, "Layering inside src/sim"): a module
// imports only from its own layer or below, type-only imports included (a type import still ties
// two layers into one). Folders name their layer; the top-level files name theirs.
const SIM_LAYERS = [
  ['kernel'],
  ['lb', 'cost'],
  ['check'],
  ['zab'],
  ['zk'],
  ['client'],
  ['trace'],
  ['engine'],
  ['lab', 'costsim'],
  ['extensions.ts'],
  ['timeline'],
  ['scenario'],
  ['sweep', 'scenarios'],
  ['index.ts', 'vocabulary.ts'],
];

// Leaf modules any layer may use: the scenario format (types, bounds, fields, defaults, paths,
// report shapes, a field's reasons), each vocabulary's kinds.ts, and zxids. They import nothing
// above themselves.
const SIM_VOCABULARY =
  /^(scenario\/(types|bounds|fields|defaults|zkPath|report|why|whyExpect|whyInput)|[a-z]+\/kinds|zab\/zxid)$/;

/** The layer index of a module path relative to src/sim ('zab/fle.ts', 'index.ts'), or -1. */
function simLayerOf(modulePath) {
  const top = modulePath.includes('/') ? modulePath.split('/')[0] : modulePath;
  return SIM_LAYERS.findIndex((names) => names.includes(top));
}

const simLayersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps the layering inside src/sim (docs/ARCHITECTURE.md).' },
    schema: [],
    messages: {
      upward:
        'src/sim/{{from}} (layer {{fromLayer}}) may not import src/sim/{{to}} (layer {{toLayer}}): ' +
        'a module imports only its own layer or below (docs/ARCHITECTURE.md, "Layering inside src/sim").',
      unplaced:
        'src/sim/{{from}} is in no layer: add its folder to SIM_LAYERS in eslint.config.js and ' +
        'to docs/ARCHITECTURE.md.',
    },
  },
  create(context) {
    const file = context.filename.split(path.sep).join('/');
    const at = file.lastIndexOf('/src/sim/');
    if (at < 0) return {};
    const from = file.slice(at + '/src/sim/'.length);
    const fromLayer = simLayerOf(from);
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      if (fromLayer < 0) return context.report({ node, messageId: 'unplaced', data: { from } });
      const to = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
      if (to.startsWith('..')) return; // outside src/sim: the folder bans above apply
      const bare = to.replace(/\.tsx?$/, '');
      if (SIM_VOCABULARY.test(bare)) return;
      const toLayer = simLayerOf(to.includes('/') ? to : `${bare}.ts`);
      if (toLayer > fromLayer)
        context.report({ node, messageId: 'upward', data: { from, fromLayer, to, toLayer } });
    };
    const bySource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: bySource,
      ExportNamedDeclaration: bySource,
      ExportAllDeclaration: bySource,
      ImportExpression: (node) => check(node.source, node.source.value),
      TSImportType: (node) => {
        const arg = node.argument;
        const lit = arg && arg.type === 'TSLiteralType' ? arg.literal : arg;
        if (lit && lit.type === 'Literal') check(node, lit.value);
      },
    };
  },
};

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
    rules: {
      ...restrictImports(ban.react, ban.d3, ban.zustand, ban.ui, ban.cli, ban.simInternals),
      // The kernel queue's layout is the engine's own: the worker asks liveTimers, pendingMessages
      // and Simulation.nextDueMs (src/sim/engine/views.ts) instead of reading the heap.
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='heap']",
          message: 'Read the kernel queue through src/sim/index.ts (liveTimers, pendingMessages).',
        },
        banWorld,
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...restrictImports(ban.worker, ban.cli, ban.simInternals),
      'no-restricted-syntax': ['error', banWorld],
    },
  },
  {
    files: ['src/cli/**/*.{ts,tsx}'],
    rules: {
      ...restrictImports(ban.ui, ban.simInternals),
      'no-restricted-syntax': ['error', banWorld],
    },
  },
  {
    files: ['bench/**/*.{ts,tsx,js,mjs}'],
    rules: restrictImports(ban.ui),
  },
  {
    // UI and CLI tests and their kits may reach into the simulation to set up and observe what
    // they prove (the worker's already keep to the public modules); the other bans still hold.
    files: ['src/ui/**/*.test.{ts,tsx}', 'src/ui/**/*TestKit.{ts,tsx}'],
    rules: restrictImports(ban.worker, ban.cli),
  },
  {
    files: ['src/cli/**/*.test.{ts,tsx}', 'src/cli/**/*TestKit.ts'],
    rules: restrictImports(ban.ui),
  },

  // ---- Layering inside src/sim (docs/ARCHITECTURE.md); tests may set up from any layer ----
  {
    files: ['src/sim/**/*.{ts,tsx}'],
    ignores: [...TEST_FILES, '**/*TestKit.ts'],
    plugins: { zabscope: { rules: { 'sim-layers': simLayersRule } } },
    rules: { 'zabscope/sim-layers': 'error' },
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
