/**
 * Scenario validation: untrusted JSON in, a ResolvedScenario with every default filled out, or
 * one line naming the first problem's field path and why (SCENARIO.md: a scenario that fails
 * validation is refused as a whole; nothing runs half-way). Sections are checked in file order so
 * the "first problem" is the one a reader meets first; sections that refer to earlier ones
 * (actions naming sids and clients) come after what they refer to.
 */
import { parseZxid, formatZxid } from '../zab/zxid';
import { DEFAULTS, MAX_SIDS } from './defaults';
import type {
  InitialState,
  ResolvedEnsemble,
  ResolvedNetwork,
  ResolvedScenario,
  StartSpec,
} from './types';
import {
  FieldError,
  at,
  checkKeys,
  describe,
  expectObject,
  fail,
  has,
  join,
  msRange,
  need,
  optionalArray,
  optionalInt,
  requireInt,
  requireString,
  type Obj,
} from './fields';
import { checkSid, type Ctx } from './context';
import { validateActions } from './validateActions';
import { validateClients } from './validateClients';
import { validateBalancer } from './validateBalancer';

export type ValidationResult =
  { ok: true; scenario: ResolvedScenario } | { ok: false; error: string };

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
] as const;
const NETWORK_KEYS = ['delayMsMin', 'delayMsMax', 'fsyncMsMin', 'fsyncMsMax'] as const;
/** Epochs are the high 32 bits of a zxid. */
const EPOCH_MAX = 0xffffffff;

/** Parses a scenario file's text, then validates it. */
export function parseScenario(text: string): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: jsonProblem(text, e) };
  }
  return validateScenario(value);
}

/** Validates a parsed scenario (a file's JSON, an import, a preset) and fills every default. */
export function validateScenario(value: unknown): ValidationResult {
  try {
    return { ok: true, scenario: resolveScenario(value) };
  } catch (e) {
    if (e instanceof FieldError) return { ok: false, error: e.message };
    throw e;
  }
}

/**
 * JSON.parse's message, on one line, with a line and column when it gives a position. V8 quotes
 * the whole input in some messages ('Unexpected token ..., "<text>" is not valid JSON'), which
 * could span many lines, so that quote is cut.
 */
function jsonProblem(text: string, e: unknown): string {
  if (text.trim() === '') return 'malformed JSON: the input is empty';
  let message = e instanceof Error ? e.message : String(e);
  message = message
    .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/\s+/g, ' ')
    .trim();
  const position = /at position (\d+)/.exec(message);
  if (position !== null && !/line \d+/.test(message)) {
    const offset = Number(position[1]);
    const before = text.slice(0, offset).split('\n');
    message += ` (line ${before.length}, column ${before[before.length - 1]!.length + 1})`;
  }
  return `malformed JSON: ${message}`;
}

function resolveScenario(value: unknown): ResolvedScenario {
  const obj = expectObject(value, 'scenario');
  checkVersion(obj);
  checkKeys(obj, '', TOP_KEYS);
  const seed = requireInt(obj, 'seed', '', { min: 0 });
  const untilMs = requireInt(obj, 'untilMs', '', { min: 0 });
  const meta: { title?: string; description?: string } = {};
  if (has(obj, 'title')) meta.title = requireString(obj, 'title', '');
  if (has(obj, 'description')) meta.description = requireString(obj, 'description', '');
  const ensemble = validateEnsemble(need(obj, 'ensemble', '', 'an object with "servers"'));
  const network = validateNetwork(has(obj, 'network') ? obj['network'] : {});
  const baseCtx: Ctx = { voters: ensemble.servers, observers: ensemble.observers, clientIds: [] };
  const clients = validateClients(optionalArray(obj, 'clients', ''), 'clients', baseCtx);
  const balancer =
    has(obj, 'balancer') && obj['balancer'] !== null
      ? validateBalancer(obj['balancer'], 'balancer')
      : null;
  const ctx: Ctx = { ...baseCtx, clientIds: clients.map((c) => c.id) };
  const actions = validateActions(optionalArray(obj, 'actions', ''), 'actions', ctx);
  return { version: 1, seed, untilMs, ...meta, ensemble, network, clients, balancer, actions };
}

function checkVersion(obj: Obj): void {
  if (!has(obj, 'version')) fail('version', 'missing (must be 1)');
  const version = obj['version'];
  if (typeof version !== 'number')
    fail('version', `expected the number 1, got ${describe(version)}`);
  if (version !== 1)
    fail('version', `unsupported version ${version} (this runner reads version 1)`);
}

function validateEnsemble(value: unknown): ResolvedEnsemble {
  const path = 'ensemble';
  const obj = expectObject(value, path);
  checkKeys(obj, path, ENSEMBLE_KEYS);
  const servers = requireInt(obj, 'servers', path, { min: 1, max: MAX_SIDS });
  const observers = optionalInt(obj, 'observers', path, { min: 0 }, DEFAULTS.observers);
  if (servers + observers > MAX_SIDS) {
    fail(
      join(path, 'observers'),
      `${servers} servers plus ${observers} observers exceed ` +
        `${MAX_SIDS} sids (at most ${MAX_SIDS - servers} observers here)`,
    );
  }
  const ctx: Ctx = { voters: servers, observers, clientIds: [] };
  const positive = { min: 1 };
  return {
    servers,
    observers,
    tickTimeMs: optionalInt(obj, 'tickTimeMs', path, positive, DEFAULTS.tickTimeMs),
    initLimit: optionalInt(obj, 'initLimit', path, positive, DEFAULTS.initLimit),
    syncLimit: optionalInt(obj, 'syncLimit', path, positive, DEFAULTS.syncLimit),
    start: validateStart(optionalArray(obj, 'start', path), join(path, 'start'), ctx),
    initial: validateInitial(optionalArray(obj, 'initial', path), join(path, 'initial'), ctx),
    commitLogCount: optionalInt(obj, 'commitLogCount', path, { min: 0 }, DEFAULTS.commitLogCount),
  };
}

/** The resolved list names every sid once, ascending, so the engine needs no default. */
function validateStart(items: unknown[], path: string, ctx: Ctx): StartSpec[] {
  const atMsBySid = new Map<number, number>();
  items.forEach((item, i) => {
    const p = at(path, i);
    const obj = expectObject(item, p);
    checkKeys(obj, p, ['sid', 'atMs']);
    const sid = checkSid(need(obj, 'sid', p, 'a server id'), join(p, 'sid'), ctx);
    if (atMsBySid.has(sid)) fail(join(p, 'sid'), `server ${sid} already has a start time`);
    atMsBySid.set(sid, requireInt(obj, 'atMs', p, { min: 0 }));
  });
  const start: StartSpec[] = [];
  for (let sid = 1; sid <= ctx.voters + ctx.observers; sid++) {
    start.push({ sid, atMs: atMsBySid.get(sid) ?? DEFAULTS.startAtMs });
  }
  return start;
}

function validateInitial(items: unknown[], path: string, ctx: Ctx): InitialState[] {
  const result: InitialState[] = [];
  items.forEach((item, i) => {
    const p = at(path, i);
    const obj = expectObject(item, p);
    checkKeys(obj, p, ['sid', 'acceptedEpoch', 'currentEpoch', 'lastZxid']);
    const sid = checkSid(need(obj, 'sid', p, 'a server id'), join(p, 'sid'), ctx);
    if (result.some((r) => r.sid === sid))
      fail(join(p, 'sid'), `server ${sid} already has an initial state`);
    result.push(validateEpochs(obj, p, sid));
  });
  return result.sort((a, b) => a.sid - b.sid);
}

/**
 * The same checks ZooKeeper makes when it loads its persisted state (QuorumPeer.loadDataBase):
 * it refuses to start if acceptedEpoch < currentEpoch, or if currentEpoch is older than the epoch
 * of the last logged zxid. An injected state that ZooKeeper could never have written would teach
 * something false, so it is refused here too.
 */
function validateEpochs(obj: Obj, p: string, sid: number): InitialState {
  const epochRange = { min: 0, max: EPOCH_MAX };
  const acceptedEpoch = requireInt(obj, 'acceptedEpoch', p, epochRange);
  const currentEpoch = requireInt(obj, 'currentEpoch', p, epochRange);
  if (currentEpoch > acceptedEpoch) {
    fail(
      join(p, 'currentEpoch'),
      `${currentEpoch} is newer than acceptedEpoch ${acceptedEpoch} ` +
        '(ZooKeeper refuses to start when the accepted epoch is less than the current epoch)',
    );
  }
  const text = requireString(obj, 'lastZxid', p);
  const zxid = parseZxid(text);
  if (zxid === undefined) {
    fail(
      join(p, 'lastZxid'),
      `${describe(text)} is not a zxid (expected hex such as "0x100000005", or "0x0")`,
    );
  }
  if (zxid.epoch > currentEpoch) {
    fail(
      join(p, 'lastZxid'),
      `epoch ${zxid.epoch} of ${formatZxid(zxid)} is newer than currentEpoch ` +
        `${currentEpoch} (ZooKeeper refuses to start: "the current epoch is older than the last zxid")`,
    );
  }
  if (zxid.epoch === 0 && zxid.counter !== 0) {
    fail(
      join(p, 'lastZxid'),
      `${formatZxid(zxid)} has epoch 0 (no leader ever proposed in epoch 0; ` +
        'the empty log is "0x0")',
    );
  }
  return { sid, acceptedEpoch, currentEpoch, lastZxid: formatZxid(zxid) };
}

function validateNetwork(value: unknown): ResolvedNetwork {
  const path = 'network';
  const obj = expectObject(value, path);
  checkKeys(obj, path, NETWORK_KEYS);
  const [delayMsMin, delayMsMax] = msRange(
    obj,
    path,
    'delayMs',
    DEFAULTS.delayMsMin,
    DEFAULTS.delayMsMax,
  );
  const [fsyncMsMin, fsyncMsMax] = msRange(
    obj,
    path,
    'fsyncMs',
    DEFAULTS.fsyncMsMin,
    DEFAULTS.fsyncMsMax,
  );
  return { delayMsMin, delayMsMax, fsyncMsMin, fsyncMsMax };
}
