/**
 * Validation of the load-balancing lab (SCENARIO.md "The load-balancing lab"). Its actions name
 * backends, and add-backend creates one that later actions may name, so names are checked in time
 * order (atMs, then list order) after every action's shape has been checked in file order.
 */
import {
  AT_MS_MAX,
  BACKENDS_MAX,
  BALANCER_ACTIONS_MAX,
  FACTOR_MAX,
  FACTOR_MIN,
  ID_CHARS_MAX,
  KEYS_COUNT_MAX,
  QUEUE_MAX_MAX,
  RATE_PER_SEC_MAX,
  RATE_PER_SEC_MIN,
  SERVICE_MS_MAX,
  SESSION_TIMEOUT_MS_MAX,
  SLOTS_MAX,
  VNODES_MAX,
  WEIGHT_MAX,
  ZIPF_S_MAX,
} from './bounds';
import { DEFAULTS } from './defaults';
import {
  BALANCER_ACTION_KINDS,
  STRATEGY_IDS,
  type ResolvedBackend,
  type ResolvedBalancer,
  type ResolvedBalancerAction,
  type ResolvedTraffic,
  type StrategyId,
} from './types';
import {
  at,
  checkKeys,
  checkLength,
  checkOneOf,
  expectObject,
  fail,
  has,
  join,
  need,
  optionalInt,
  optionalNumber,
  requireArray,
  requireInt,
  requireNumber,
  requireString,
  stableOrderByAtMs,
} from './fields';
import { checkPath } from './context';
import { gotOf, why } from './why';

const BALANCER_KEYS = [
  'service',
  'sessionTimeoutMs',
  'strategies',
  'vnodes',
  'backends',
  'traffic',
  'actions',
  'spares',
] as const;
const BACKEND_KEYS = ['id', 'meanServiceMs', 'slots', 'queueMax', 'weight'] as const;
const ID = { maxChars: ID_CHARS_MAX, nonEmpty: true };
const FACTOR = { min: FACTOR_MIN, max: FACTOR_MAX };

export function validateBalancer(value: unknown, path: string): ResolvedBalancer {
  const obj = expectObject(value, path);
  checkKeys(obj, path, BALANCER_KEYS);
  const service = checkPath(
    need(obj, 'service', path, { code: 'servicePathExample' }),
    join(path, 'service'),
  );
  const sessionTimeoutMs = requireInt(obj, 'sessionTimeoutMs', path, {
    min: 1,
    max: SESSION_TIMEOUT_MS_MAX,
  });
  const strategies = validateStrategies(
    requireArray(obj, 'strategies', path),
    join(path, 'strategies'),
  );
  const vnodes = optionalInt(obj, 'vnodes', path, { min: 1, max: VNODES_MAX }, DEFAULTS.vnodes);
  const backends = validateBackends(requireArray(obj, 'backends', path), join(path, 'backends'));
  const traffic = validateTraffic(
    need(obj, 'traffic', path, { code: 'objectWithRatePerSec' }),
    join(path, 'traffic'),
  );
  const spares = has(obj, 'spares')
    ? validateSpares(requireArray(obj, 'spares', path), join(path, 'spares'), backends)
    : [];
  const actions = has(obj, 'actions')
    ? validateBalancerActions(
        requireArray(obj, 'actions', path),
        join(path, 'actions'),
        backends,
        spares,
      )
    : [];
  checkBackendCount(backends, spares, actions, path);
  return { service, sessionTimeoutMs, strategies, vnodes, backends, traffic, actions, spares };
}

/** Every backend the run can have (bounds.ts, BACKENDS_MAX): each has a client and ring points. */
function checkBackendCount(
  backends: readonly ResolvedBackend[],
  spares: readonly ResolvedBackend[],
  actions: readonly ResolvedBalancerAction[],
  path: string,
): void {
  const added = actions.filter((a) => a.do === 'add-backend' && !a.spare).length;
  const total = backends.length + spares.length + added;
  if (total > BACKENDS_MAX) {
    fail(
      join(path, 'backends'),
      why('backendsMax', {
        backends: backends.length,
        spares: spares.length,
        added,
        total,
        max: BACKENDS_MAX,
      }),
    );
  }
}

function validateStrategies(items: unknown[], p: string): StrategyId[] {
  if (items.length === 0) fail(p, why('noStrategy', { known: [...STRATEGY_IDS] }));
  const result: StrategyId[] = [];
  items.forEach((item, i) => {
    const id = checkOneOf(item, at(p, i), STRATEGY_IDS, 'strategy');
    if (result.includes(id)) fail(at(p, i), why('strategyTwice', { id }));
    result.push(id);
  });
  return result;
}

function validateBackends(items: unknown[], p: string): ResolvedBackend[] {
  if (items.length === 0) fail(p, why('noBackend', {}));
  const result: ResolvedBackend[] = [];
  items.forEach((item, i) => {
    const backend = validateBackend(item, at(p, i));
    const earlier = result.findIndex((b) => b.id === backend.id);
    if (earlier >= 0)
      fail(join(at(p, i), 'id'), why('idUsed', { got: gotOf(backend.id), by: at(p, earlier) }));
    result.push(backend);
  });
  return result;
}

/**
 * Spares are backends a person may add while the run plays; their ids differ from every initial
 * backend's (and, checked with the actions, from every add-backend action's).
 */
function validateSpares(
  items: unknown[],
  p: string,
  backends: readonly ResolvedBackend[],
): ResolvedBackend[] {
  const result: ResolvedBackend[] = [];
  items.forEach((item, i) => {
    const spare = validateBackend(item, at(p, i));
    const initial = backends.findIndex((b) => b.id === spare.id);
    if (initial >= 0)
      fail(
        join(at(p, i), 'id'),
        why('idUsed', { got: gotOf(spare.id), by: `backends[${initial}]` }),
      );
    const earlier = result.findIndex((b) => b.id === spare.id);
    if (earlier >= 0)
      fail(join(at(p, i), 'id'), why('idUsed', { got: gotOf(spare.id), by: at(p, earlier) }));
    result.push(spare);
  });
  return result;
}

function validateBackend(value: unknown, p: string): ResolvedBackend {
  const obj = expectObject(value, p);
  checkKeys(obj, p, BACKEND_KEYS);
  return {
    id: requireString(obj, 'id', p, ID),
    meanServiceMs: requireNumber(obj, 'meanServiceMs', p, { min: 0.001, max: SERVICE_MS_MAX }),
    slots: optionalInt(obj, 'slots', p, { min: 1, max: SLOTS_MAX }, DEFAULTS.backendSlots),
    queueMax: optionalInt(
      obj,
      'queueMax',
      p,
      { min: 0, max: QUEUE_MAX_MAX },
      DEFAULTS.backendQueueMax,
    ),
    weight: optionalInt(obj, 'weight', p, { min: 1, max: WEIGHT_MAX }, DEFAULTS.backendWeight),
  };
}

function validateTraffic(value: unknown, p: string): ResolvedTraffic {
  const obj = expectObject(value, p);
  checkKeys(obj, p, ['ratePerSec', 'burst', 'keys']);
  const ratePerSec = requireNumber(obj, 'ratePerSec', p, {
    min: RATE_PER_SEC_MIN,
    max: RATE_PER_SEC_MAX,
  });
  let burst: ResolvedTraffic['burst'] = null;
  if (has(obj, 'burst') && obj['burst'] !== null) {
    const bp = join(p, 'burst');
    const b = expectObject(obj['burst'], bp);
    checkKeys(b, bp, ['onMs', 'offMs', 'factor']);
    burst = {
      onMs: requireInt(b, 'onMs', bp, { min: 1, max: AT_MS_MAX }),
      offMs: requireInt(b, 'offMs', bp, { min: 1, max: AT_MS_MAX }),
      factor: requireNumber(b, 'factor', bp, FACTOR),
    };
  }
  const kp = join(p, 'keys');
  const k = has(obj, 'keys') ? expectObject(obj['keys'], kp) : {};
  checkKeys(k, kp, ['count', 'zipfS']);
  const keys = {
    count: optionalInt(k, 'count', kp, { min: 1, max: KEYS_COUNT_MAX }, DEFAULTS.keysCount),
    zipfS: optionalNumber(k, 'zipfS', kp, { min: 0, max: ZIPF_S_MAX }, DEFAULTS.keysZipfS),
  };
  return { ratePerSec, burst, keys };
}

/**
 * An action as its shape check leaves it: an add-backend that names a spare carries only the id,
 * resolved to the spare's spec once the spares and the time order are known.
 */
type ShapedBalancerAction =
  | Exclude<ResolvedBalancerAction, { do: 'add-backend' }>
  | { atMs: number; do: 'add-backend'; backend: ResolvedBackend; spare: false }
  | { atMs: number; do: 'add-backend'; spareId: string };

function validateBalancerActions(
  items: unknown[],
  p: string,
  backends: readonly ResolvedBackend[],
  spares: readonly ResolvedBackend[],
): ResolvedBalancerAction[] {
  checkLength(items, p, BALANCER_ACTIONS_MAX, 'balancerActions');
  const actions = items.map((item, i) => balancerActionShape(item, at(p, i)));
  const resolved: ResolvedBalancerAction[] = [];
  const order = stableOrderByAtMs(actions);
  // A spare may be named at any time: until it is added, acting on it is a no-op the trace notes.
  const known = [...backends, ...spares].map((b) => b.id);
  const added = new Map<string, number>();
  for (const i of order) {
    const action = actions[i]!;
    const bp = join(at(p, i), 'backend');
    if (action.do === 'add-backend' && 'spareId' in action) {
      const id = action.spareId;
      const spare = spares.find((s) => s.id === id);
      if (!spare) fail(bp, why('notSpare', { got: gotOf(id), spares: spares.map((s) => s.id) }));
      if (added.has(id)) fail(bp, why('spareAdded', { got: gotOf(id), atMs: added.get(id)! }));
      added.set(id, action.atMs);
      resolved[i] = { atMs: action.atMs, do: 'add-backend', backend: spare, spare: true };
      continue;
    }
    if (action.do === 'add-backend') {
      const id = action.backend.id;
      if (spares.some((s) => s.id === id))
        fail(join(bp, 'id'), why('backendIsSpare', { got: gotOf(id) }));
      if (known.includes(id))
        fail(join(bp, 'id'), why('backendExists', { got: gotOf(id), atMs: action.atMs }));
      known.push(id);
    } else if (!known.includes(action.backend)) {
      fail(
        bp,
        why('noSuchBackend', { got: gotOf(action.backend), atMs: action.atMs, known: [...known] }),
      );
    }
    resolved[i] = action;
  }
  return order.map((i) => resolved[i]!);
}

function balancerActionShape(item: unknown, p: string): ShapedBalancerAction {
  const obj = expectObject(item, p);
  const kind = checkOneOf(
    need(obj, 'do', p, { code: 'oneOf', what: 'balancerAction', allowed: BALANCER_ACTION_KINDS }),
    join(p, 'do'),
    BALANCER_ACTION_KINDS,
    'balancerAction',
  );
  const fields =
    kind === 'slow-backend' ? ['atMs', 'do', 'backend', 'factor'] : ['atMs', 'do', 'backend'];
  checkKeys(obj, p, fields, { code: 'action', kind });
  const atMs = requireInt(obj, 'atMs', p, { min: 0, max: AT_MS_MAX });
  switch (kind) {
    case 'add-backend': {
      const value = need(obj, 'backend', p, { code: 'backendOrSpare' });
      // A spare's id is resolved to its spec once the spares are known (validateBalancerActions).
      if (typeof value === 'string') {
        return { atMs, do: kind, spareId: requireString(obj, 'backend', p, ID) };
      }
      return { atMs, do: kind, backend: validateBackend(value, join(p, 'backend')), spare: false };
    }
    case 'slow-backend':
      return {
        atMs,
        do: kind,
        backend: requireString(obj, 'backend', p, ID),
        factor: requireNumber(obj, 'factor', p, FACTOR),
      };
    case 'kill-backend':
    case 'restart-backend':
    case 'remove-backend':
      return { atMs, do: kind, backend: requireString(obj, 'backend', p, ID) };
  }
}
