/**
 * Scenario validation: untrusted JSON in, a ResolvedScenario with every default filled out, or
 * one line naming the first problem's field path and why (SCENARIO.md: a scenario that fails
 * validation is refused as a whole; nothing runs half-way). Sections are checked in file order so
 * the "first problem" is the one a reader meets first; sections that refer to earlier ones
 * (actions naming sids and clients) come after what they refer to.
 */
import {
  AT_MS_MAX,
  COMMIT_LOG_COUNT_MAX,
  SNAPSHOT_SIZE_FACTOR_MAX,
  SNAP_COUNT_MAX,
  SNAP_COUNT_MIN,
  SNAP_RETAIN_COUNT_MAX,
  SNAP_RETAIN_COUNT_MIN,
  SNAPSHOT_SIZE_FACTOR_MIN,
  DELAY_MS_MAX,
  DESCRIPTION_CHARS_MAX,
  LIMIT_TICKS_MAX,
  TICK_TIME_MS_MAX,
  TICK_TIME_MS_MIN,
  TITLE_CHARS_MAX,
  UNTIL_MS_MAX,
} from './bounds';
import { DEFAULTS, MAX_SIDS } from './defaults';
import { validateInitial } from './validateInitial';
import { scenarioSizeProblem } from './scenarioSize';
import type { ResolvedEnsemble, ResolvedNetwork, ResolvedScenario, StartSpec } from './types';
import {
  FieldError,
  at,
  checkKeys,
  expectObject,
  fail,
  failExpected,
  has,
  join,
  msRange,
  need,
  optionalArray,
  optionalInt,
  optionalNumber,
  requireInt,
  requireString,
  type Obj,
} from './fields';
import { checkSid, type Ctx } from './context';
import { fieldProblemText, why, type FieldProblem, type Why } from './why';
import { validateActions } from './validateActions';
import { validateClients } from './validateClients';
import { validateBalancer } from './validateBalancer';
import { validateCost } from './validateCost';

/**
 * A scenario resolved, or refused with `error`, the one-line message naming the field. Every
 * refusal also comes structured: its `path` (fields.ts `join`/`at`; empty for the whole input) and
 * `why`, so a caller that merged items into a list re-bases the path (fields.ts `listItemOf`)
 * without reading the message, and the app words it in the reader's language.
 */
export type ValidationResult =
  { ok: true; scenario: ResolvedScenario } | { ok: false; error: string; field: FieldProblem };

export type { FieldProblem } from './why';

const TOP_KEYS = [
  'version',
  'seed',
  'untilMs',
  'title',
  'description',
  'ensemble',
  'network',
  'clients',
  'balancer',
  'actions',
  'cost',
] as const;
const ENSEMBLE_KEYS = [
  'servers',
  'observers',
  'tickTimeMs',
  'initLimit',
  'syncLimit',
  'start',
  'initial',
  'commitLogCount',
  'snapshotSizeFactor',
  'snapCount',
  'snapRetainCount',
] as const;
const NETWORK_KEYS = ['delayMsMin', 'delayMsMax', 'fsyncMsMin', 'fsyncMsMax'] as const;

/** Parses a scenario file's text, then validates it. */
export function parseScenario(text: string): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const field = { path: '', why: jsonProblem(text, e) };
    return { ok: false, error: fieldProblemText(field), field };
  }
  return validateScenario(value);
}

/** Validates a parsed scenario (a file's JSON, an import, a preset) and fills every default. */
export function validateScenario(value: unknown): ValidationResult {
  const tooLarge = scenarioSizeProblem(value);
  if (tooLarge !== null) return { ok: false, error: fieldProblemText(tooLarge), field: tooLarge };
  try {
    return { ok: true, scenario: resolveScenario(value) };
  } catch (e) {
    if (e instanceof FieldError)
      return {
        ok: false,
        error: e.message,
        field: { path: e.path, why: e.why },
      };
    throw e;
  }
}

/**
 * JSON.parse's message, on one line, with a line and column when it gives a position. V8 quotes
 * the whole input in some messages ('Unexpected token ..., "<text>" is not valid JSON'), which
 * could span many lines, so that quote is cut.
 */
function jsonProblem(text: string, e: unknown): Why {
  if (text.trim() === '') return why('jsonEmpty', {});
  let message = e instanceof Error ? e.message : String(e);
  message = message
    .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/\s+/g, ' ')
    .trim();
  const position = /at position (\d+)/.exec(message);
  if (position === null || /line \d+/.test(message))
    return why('jsonSyntax', { detail: message, line: null, column: null });
  const before = text.slice(0, Number(position[1])).split('\n');
  const column = before[before.length - 1]!.length + 1;
  return why('jsonSyntax', { detail: message, line: before.length, column });
}

function resolveScenario(value: unknown): ResolvedScenario {
  const obj = expectObject(value, 'scenario');
  checkVersion(obj);
  checkKeys(obj, '', TOP_KEYS);
  const seed = requireInt(obj, 'seed', '', { min: 0 });
  const untilMs = requireInt(obj, 'untilMs', '', { min: 0, max: UNTIL_MS_MAX });
  const meta: { title?: string; description?: string } = {};
  if (has(obj, 'title'))
    meta.title = requireString(obj, 'title', '', { maxChars: TITLE_CHARS_MAX });
  if (has(obj, 'description'))
    meta.description = requireString(obj, 'description', '', {
      maxChars: DESCRIPTION_CHARS_MAX,
    });
  const ensemble = validateEnsemble(need(obj, 'ensemble', '', { code: 'objectWithServers' }));
  const network = validateNetwork(has(obj, 'network') ? obj['network'] : {});
  const baseCtx: Ctx = { voters: ensemble.servers, observers: ensemble.observers, clientIds: [] };
  const clients = validateClients(optionalArray(obj, 'clients', ''), 'clients', baseCtx);
  const balancer =
    has(obj, 'balancer') && obj['balancer'] !== null
      ? validateBalancer(obj['balancer'], 'balancer')
      : null;
  const ctx: Ctx = { ...baseCtx, clientIds: clients.map((c) => c.id) };
  const actions = validateActions(optionalArray(obj, 'actions', ''), 'actions', ctx);
  const resolved = { version: 1 as const, seed, untilMs, ...meta, ensemble, network, clients };
  // Only a file that turns the cost model on gets the key: every other scenario resolves as before.
  const cost = has(obj, 'cost') && obj['cost'] !== null ? validateCost(obj['cost'], 'cost') : null;
  return { ...resolved, balancer, actions, ...(cost ? { cost } : {}) };
}

function checkVersion(obj: Obj): void {
  if (!has(obj, 'version')) fail('version', why('missing', { expect: { code: 'mustBeOne' } }));
  const version = obj['version'];
  if (typeof version !== 'number') failExpected('version', { code: 'numberOne' }, version);
  if (version !== 1) fail('version', why('unsupportedVersion', { version }));
}

function validateEnsemble(value: unknown): ResolvedEnsemble {
  const path = 'ensemble';
  const obj = expectObject(value, path);
  checkKeys(obj, path, ENSEMBLE_KEYS);
  const servers = requireInt(obj, 'servers', path, { min: 1, max: MAX_SIDS });
  const observers = optionalInt(obj, 'observers', path, { min: 0 }, DEFAULTS.observers);
  if (servers + observers > MAX_SIDS) {
    fail(join(path, 'observers'), why('tooManySids', { servers, observers, sidsMax: MAX_SIDS }));
  }
  const ctx: Ctx = { voters: servers, observers, clientIds: [] };
  const ticks = { min: 1, max: LIMIT_TICKS_MAX };
  const tickRange = { min: TICK_TIME_MS_MIN, max: TICK_TIME_MS_MAX };
  return {
    servers,
    observers,
    tickTimeMs: optionalInt(obj, 'tickTimeMs', path, tickRange, DEFAULTS.tickTimeMs),
    initLimit: optionalInt(obj, 'initLimit', path, ticks, DEFAULTS.initLimit),
    syncLimit: optionalInt(obj, 'syncLimit', path, ticks, DEFAULTS.syncLimit),
    start: validateStart(optionalArray(obj, 'start', path), join(path, 'start'), ctx),
    initial: validateInitial(optionalArray(obj, 'initial', path), join(path, 'initial'), ctx),
    commitLogCount: optionalInt(
      obj,
      'commitLogCount',
      path,
      { min: 0, max: COMMIT_LOG_COUNT_MAX },
      DEFAULTS.commitLogCount,
    ),
    snapshotSizeFactor: optionalNumber(
      obj,
      'snapshotSizeFactor',
      path,
      { min: SNAPSHOT_SIZE_FACTOR_MIN, max: SNAPSHOT_SIZE_FACTOR_MAX },
      DEFAULTS.snapshotSizeFactor,
    ),
    snapCount: optionalInt(
      obj,
      'snapCount',
      path,
      { min: SNAP_COUNT_MIN, max: SNAP_COUNT_MAX },
      DEFAULTS.snapCount,
    ),
    snapRetainCount: optionalInt(
      obj,
      'snapRetainCount',
      path,
      { min: SNAP_RETAIN_COUNT_MIN, max: SNAP_RETAIN_COUNT_MAX },
      DEFAULTS.snapRetainCount,
    ),
  };
}

/** The resolved list names every sid once, ascending, so the engine needs no default. */
function validateStart(items: unknown[], path: string, ctx: Ctx): StartSpec[] {
  const atMsBySid = new Map<number, number>();
  items.forEach((item, i) => {
    const p = at(path, i);
    const obj = expectObject(item, p);
    checkKeys(obj, p, ['sid', 'atMs']);
    const sid = checkSid(need(obj, 'sid', p, { code: 'serverId' }), join(p, 'sid'), ctx);
    if (atMsBySid.has(sid)) fail(join(p, 'sid'), why('startTwice', { sid }));
    atMsBySid.set(sid, requireInt(obj, 'atMs', p, { min: 0, max: AT_MS_MAX }));
  });
  const start: StartSpec[] = [];
  for (let sid = 1; sid <= ctx.voters + ctx.observers; sid++) {
    start.push({ sid, atMs: atMsBySid.get(sid) ?? DEFAULTS.startAtMs });
  }
  return start;
}

function validateNetwork(value: unknown): ResolvedNetwork {
  const path = 'network';
  const obj = expectObject(value, path);
  checkKeys(obj, path, NETWORK_KEYS);
  const [delayMsMin, delayMsMax] = msRange(
    obj,
    path,
    'delayMs',
    [DEFAULTS.delayMsMin, DEFAULTS.delayMsMax],
    DELAY_MS_MAX,
  );
  const [fsyncMsMin, fsyncMsMax] = msRange(
    obj,
    path,
    'fsyncMs',
    [DEFAULTS.fsyncMsMin, DEFAULTS.fsyncMsMax],
    DELAY_MS_MAX,
  );
  return { delayMsMin, delayMsMax, fsyncMsMin, fsyncMsMax };
}
