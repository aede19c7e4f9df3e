/**
 * Validation of the `actions` list: fault injection, ZAB-level writes, network changes and the
 * client operations. Each action's allowed fields depend on its `do`, so `do` is read first and a
 * field that the action does not take is an error (a typo must not silently do nothing). The
 * resolved list is ordered stably by atMs: for equal times, the order of the file decides.
 */
import {
  ACTIONS_MAX,
  AT_MS_MAX,
  CLIENTS_MAX,
  ID_CHARS_MAX,
  DATA_CHARS_MAX,
  DELAY_MS_MAX,
  MESSAGE_ID_MAX,
  SESSION_TIMEOUT_MS_MAX,
  VERSION_MAX,
} from './bounds';
import { DEFAULTS } from './defaults';
import {
  BALANCER_ACTION_KINDS,
  CLIENT_ACTION_KINDS,
  CREATE_MODES,
  SERVER_ACTION_KINDS,
  type ActionKind,
  type ClientAddAction,
  type ResolvedAction,
  type ResolvedClientAction,
  type ServerAction,
} from './types';
import {
  at,
  checkKeys,
  checkLength,
  checkOneOf,
  expectObject,
  fail,
  failExpected,
  has,
  isObject,
  join,
  need,
  optionalBool,
  optionalInt,
  optionalString,
  requireInt,
  requireString,
  stableOrderByAtMs,
  type Obj,
} from './fields';
import {
  checkClient,
  checkPath,
  checkSid,
  checkSidList,
  checkSidRef,
  sidsOf,
  totalSids,
  type Ctx,
} from './context';
import { gotOf, why } from './why';

const DATA = { maxChars: DATA_CHARS_MAX };
const DELAY = { min: 0, max: DELAY_MS_MAX };
/** A message's send number; whether it is in flight is known only when the action applies. */
const MESSAGE = { min: 0, max: MESSAGE_ID_MAX };
/** A held message waits at least 1 ms more (0 would change nothing) and at most a minute. */
const HOLD = { min: 1, max: DELAY_MS_MAX };

const ACTION_KINDS: readonly ActionKind[] = [...SERVER_ACTION_KINDS, ...CLIENT_ACTION_KINDS];

/** The fields each action takes, besides atMs and do. */
const FIELDS: Record<ActionKind, readonly string[]> = {
  crash: ['sid'],
  restart: ['sid'],
  freeze: ['sid'],
  unfreeze: ['sid'],
  partition: ['groups'],
  heal: [],
  write: ['via', 'path', 'data'],
  delay: ['delayMsMin', 'delayMsMax'],
  'delay-link': ['from', 'to', 'extraMs'],
  'drop-message': ['message'],
  'client-add': ['client', 'connect', 'sessionTimeoutMs'],
  'delay-message': ['message', 'byMs'],
  create: ['client', 'path', 'data', 'mode'],
  delete: ['client', 'path', 'version'],
  set: ['client', 'path', 'data', 'version'],
  get: ['client', 'path', 'watch'],
  exists: ['client', 'path', 'watch'],
  children: ['client', 'path', 'watch'],
  sync: ['client', 'path'],
  'close-session': ['client'],
  'client-crash': ['client'],
  'client-restart': ['client'],
  'client-partition': ['client', 'from'],
  'client-heal': ['client'],
  'client-freeze': ['client'],
  'client-unfreeze': ['client'],
  'lock-acquire': ['client', 'path'],
  'lock-release': ['client'],
};

export function validateActions(items: unknown[], path: string, ctx: Ctx): ResolvedAction[] {
  checkLength(items, path, ACTIONS_MAX, 'actions');
  // The clients that client-add actions bring in may be named by the other actions.
  const added = addedClients(items, path, ctx);
  const withAdded: Ctx = { ...ctx, clientIds: [...ctx.clientIds, ...added.keys()] };
  const actions = items.map((item, i) => validateAction(item, at(path, i), withAdded));
  const order = stableOrderByAtMs(actions);
  checkNamedAfterAdd(actions, order, added, path);
  return order.map((i) => actions[i]!);
}

/** The client-add actions' clients: id -> the index of the action that adds it. */
function addedClients(items: unknown[], path: string, ctx: Ctx): Map<string, number> {
  const added = new Map<string, number>();
  items.forEach((item, i) => {
    if (!isObject(item) || item['do'] !== 'client-add') return;
    const p = at(path, i);
    const a = validateAction(item, p, ctx) as ClientAddAction;
    if (ctx.clientIds.includes(a.client))
      fail(join(p, 'client'), why('clientInClients', { got: gotOf(a.client) }));
    const earlier = added.get(a.client);
    if (earlier !== undefined)
      fail(
        join(p, 'client'),
        why('clientAddedBy', { got: gotOf(a.client), by: at(path, earlier) }),
      );
    if (ctx.clientIds.length + added.size >= CLIENTS_MAX)
      fail(p, why('clientsMax', { max: CLIENTS_MAX }));
    added.set(a.client, i);
  });
  return added;
}

/** An action may name an added client only once it exists: after its client-add, in run order. */
function checkNamedAfterAdd(
  actions: ResolvedAction[],
  order: number[],
  added: Map<string, number>,
  path: string,
): void {
  const seen = new Set<string>();
  for (const i of order) {
    const a = actions[i]!;
    if (!('client' in a)) continue;
    if (a.do === 'client-add') seen.add(a.client);
    else if (added.has(a.client) && !seen.has(a.client))
      fail(
        join(at(path, i), 'client'),
        why('clientAddedLater', {
          got: gotOf(a.client),
          atMs: actions[added.get(a.client)!]!.atMs,
          by: at(path, added.get(a.client)!),
        }),
      );
  }
}

function validateAction(item: unknown, p: string, ctx: Ctx): ResolvedAction {
  const obj = expectObject(item, p);
  const kind = checkKind(obj, p);
  checkKeys(obj, p, ['atMs', 'do', ...FIELDS[kind]], { code: 'action', kind });
  const atMs = requireInt(obj, 'atMs', p, { min: 0, max: AT_MS_MAX });
  return isServerKind(kind)
    ? serverAction(kind, obj, p, atMs, ctx)
    : clientAction(kind, obj, p, atMs, ctx);
}

function checkKind(obj: Obj, p: string): ActionKind {
  const value = need(obj, 'do', p, { code: 'oneOf', what: 'action', allowed: ACTION_KINDS });
  if ((BALANCER_ACTION_KINDS as readonly unknown[]).includes(value)) {
    fail(join(p, 'do'), why('balancerActionHere', { got: gotOf(value) }));
  }
  return checkOneOf(value, join(p, 'do'), ACTION_KINDS, 'action');
}

function isServerKind(kind: ActionKind): kind is ServerAction['do'] {
  return (SERVER_ACTION_KINDS as readonly string[]).includes(kind);
}

function serverAction(
  kind: ServerAction['do'],
  obj: Obj,
  p: string,
  atMs: number,
  ctx: Ctx,
): ServerAction {
  const sidRef = (): number | 'leader' =>
    checkSidRef(need(obj, 'sid', p, { code: 'serverIdOrLeader' }), join(p, 'sid'), ctx);
  const sid = (key: string): number =>
    checkSid(need(obj, key, p, { code: 'serverId' }), join(p, key), ctx);
  switch (kind) {
    case 'crash':
    case 'restart':
    case 'freeze':
    case 'unfreeze':
      return { atMs, do: kind, sid: sidRef() };
    case 'partition':
      return {
        atMs,
        do: kind,
        groups: checkGroups(need(obj, 'groups', p, { code: 'groups' }), join(p, 'groups'), ctx),
      };
    case 'heal':
      return { atMs, do: kind };
    case 'write':
      return {
        atMs,
        do: kind,
        via: sid('via'),
        path: requirePath(obj, p),
        data: requireString(obj, 'data', p, DATA),
      };
    case 'delay': {
      const delayMsMin = requireInt(obj, 'delayMsMin', p, DELAY);
      const delayMsMax = requireInt(obj, 'delayMsMax', p, DELAY);
      if (delayMsMin > delayMsMax) {
        fail(
          join(p, 'delayMsMin'),
          why('minAboveMax', {
            min: delayMsMin,
            maxKey: 'delayMsMax',
            max: delayMsMax,
            maxIsDefault: false,
          }),
        );
      }
      return { atMs, do: kind, delayMsMin, delayMsMax };
    }
    case 'delay-link': {
      const from = sid('from');
      const to = sid('to');
      if (from === to) fail(join(p, 'to'), why('sameEnds', { from }));
      return { atMs, do: kind, from, to, extraMs: requireInt(obj, 'extraMs', p, DELAY) };
    }
    case 'drop-message':
      return { atMs, do: kind, message: requireInt(obj, 'message', p, MESSAGE) };
    case 'delay-message':
      return {
        atMs,
        do: kind,
        message: requireInt(obj, 'message', p, MESSAGE),
        byMs: requireInt(obj, 'byMs', p, HOLD),
      };
  }
}

/**
 * A partition names every sid, observers included, exactly once: an implicit "everyone else"
 * group would make a forgotten sid silently land on one side.
 */
function checkGroups(value: unknown, p: string, ctx: Ctx): number[][] {
  if (!Array.isArray(value)) failExpected(p, { code: 'groupsOfServerIds' }, value);
  if (value.length < 2) {
    fail(p, why('fewGroups', { count: value.length }));
  }
  const groupOf = new Map<number, number>();
  const groups = value.map((group, gi) => {
    const gp = at(p, gi);
    if (!Array.isArray(group)) failExpected(gp, { code: 'serverIds' }, group);
    if (group.length === 0) fail(gp, why('emptyGroup', {}));
    return group.map((item, si) => {
      const sid = checkSid(item, at(gp, si), ctx);
      const earlier = groupOf.get(sid);
      if (earlier !== undefined) {
        fail(
          at(gp, si),
          why('serverInGroup', { sid, group: earlier === gi ? null : at(p, earlier) }),
        );
      }
      groupOf.set(sid, gi);
      return sid;
    });
  });
  for (let sid = 1; sid <= totalSids(ctx); sid++) {
    if (!groupOf.has(sid)) {
      fail(p, why('serverInNoGroup', { sid, sids: sidsOf(ctx) }));
    }
  }
  return groups;
}

function requirePath(obj: Obj, p: string, sequential = false): string {
  return checkPath(need(obj, 'path', p, { code: 'zkPathExample' }), join(p, 'path'), sequential);
}

function clientAction(
  kind: ResolvedClientAction['do'],
  obj: Obj,
  p: string,
  atMs: number,
  ctx: Ctx,
): ResolvedClientAction {
  if (kind === 'client-add') return clientAdd(obj, p, atMs, ctx);
  const client = checkClient(need(obj, 'client', p, { code: 'clientId' }), join(p, 'client'), ctx);
  const version = (): number =>
    optionalInt(obj, 'version', p, { min: -1, max: VERSION_MAX }, DEFAULTS.anyVersion);
  switch (kind) {
    case 'create': {
      const mode = has(obj, 'mode')
        ? checkOneOf(obj['mode'], join(p, 'mode'), CREATE_MODES, 'createMode')
        : DEFAULTS.createMode;
      const path = requirePath(obj, p, mode.endsWith('sequential'));
      return {
        atMs,
        do: kind,
        client,
        path,
        data: optionalString(obj, 'data', p, DATA, DEFAULTS.createData),
        mode,
      };
    }
    case 'delete':
      return { atMs, do: kind, client, path: requirePath(obj, p), version: version() };
    case 'set':
      return {
        atMs,
        do: kind,
        client,
        path: requirePath(obj, p),
        data: requireString(obj, 'data', p, DATA),
        version: version(),
      };
    case 'get':
    case 'exists':
    case 'children':
      return {
        atMs,
        do: kind,
        client,
        path: requirePath(obj, p),
        watch: optionalBool(obj, 'watch', p, DEFAULTS.watch),
      };
    case 'sync':
      return { atMs, do: kind, client, path: requirePath(obj, p) };
    case 'close-session':
    case 'client-crash':
    case 'client-restart':
    case 'client-heal':
    case 'client-freeze':
    case 'client-unfreeze':
    case 'lock-release':
      return { atMs, do: kind, client };
    case 'lock-acquire':
      return { atMs, do: kind, client, path: requirePath(obj, p) };
    case 'client-partition': {
      const from = need(obj, 'from', p, { code: 'serverIdsOrAll' });
      if (from === 'all') return { atMs, do: kind, client, from };
      if (!Array.isArray(from)) {
        failExpected(join(p, 'from'), { code: 'serverIdsOrAllList' }, from);
      }
      return { atMs, do: kind, client, from: checkSidList(from, join(p, 'from'), ctx) };
    }
  }
}

/** client-add: a new id, a connect string of existing sids, a session timeout within bounds. */
function clientAdd(obj: Obj, p: string, atMs: number, ctx: Ctx): ClientAddAction {
  const client = requireString(obj, 'client', p, { maxChars: ID_CHARS_MAX, nonEmpty: true });
  const connect = checkSidList(
    need(obj, 'connect', p, { code: 'serverIds' }),
    join(p, 'connect'),
    ctx,
  );
  const sessionTimeoutMs = requireInt(obj, 'sessionTimeoutMs', p, {
    min: 1,
    max: SESSION_TIMEOUT_MS_MAX,
  });
  return { atMs, do: 'client-add', client, connect, sessionTimeoutMs };
}
