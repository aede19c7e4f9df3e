/**
 * Validation of the `clients` section: ZooKeeper client processes, each with a connect string of
 * sids, a requested session timeout and an optional recipe (SCENARIO.md "Clients, sessions and
 * recipes"). Client ids must be unique because actions and the report name clients by id.
 */
import {
  AT_MS_MAX,
  CLIENTS_MAX,
  DATA_CHARS_MAX,
  ID_CHARS_MAX,
  SESSION_TIMEOUT_MS_MAX,
} from './bounds';
import { DEFAULTS } from './defaults';
import { LOCK_WATCHES, RECIPE_KINDS, type Recipe, type ResolvedClient } from './types';
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
  requireInt,
  requireString,
  type Obj,
} from './fields';
import { checkPath, checkSidList, type Ctx } from './context';
import { gotOf, why } from './why';

const CLIENT_KEYS = ['id', 'connect', 'sessionTimeoutMs', 'startAtMs', 'recipe'] as const;

/** The fields each recipe takes besides `kind`. */
const RECIPE_FIELDS: Record<Recipe['kind'], readonly string[]> = {
  register: ['path', 'data'],
  discover: ['path'],
  config: ['path'],
  lock: ['path', 'holdMs', 'watch'],
};

export function validateClients(items: unknown[], path: string, ctx: Ctx): ResolvedClient[] {
  const clients: ResolvedClient[] = [];
  checkLength(items, path, CLIENTS_MAX, 'clients');
  items.forEach((item, i) => {
    const p = at(path, i);
    const client = validateClient(item, p, ctx);
    const earlier = clients.findIndex((c) => c.id === client.id);
    if (earlier >= 0)
      fail(join(p, 'id'), why('idUsed', { got: gotOf(client.id), by: at(path, earlier) }));
    clients.push(client);
  });
  return clients;
}

function validateClient(item: unknown, p: string, ctx: Ctx): ResolvedClient {
  const obj = expectObject(item, p);
  checkKeys(obj, p, CLIENT_KEYS);
  const id = requireString(obj, 'id', p, { maxChars: ID_CHARS_MAX, nonEmpty: true });
  const connect = checkSidList(
    need(obj, 'connect', p, { code: 'serverIds' }),
    join(p, 'connect'),
    ctx,
  );
  // The server clamps the request into [2, 20] x tickTime, so a request above 20 x the largest
  // tickTime would be clamped whatever the ensemble.
  const sessionTimeoutMs = requireInt(obj, 'sessionTimeoutMs', p, {
    min: 1,
    max: SESSION_TIMEOUT_MS_MAX,
  });
  const startAtMs = optionalInt(
    obj,
    'startAtMs',
    p,
    { min: 0, max: AT_MS_MAX },
    DEFAULTS.clientStartAtMs,
  );
  const recipe =
    has(obj, 'recipe') && obj['recipe'] !== null
      ? validateRecipe(obj['recipe'], join(p, 'recipe'))
      : null;
  return { id, connect, sessionTimeoutMs, startAtMs, recipe };
}

function validateRecipe(value: unknown, p: string): Recipe {
  const obj = expectObject(value, p);
  const kind = checkOneOf(
    need(obj, 'kind', p, { code: 'oneOf', what: 'recipeKind', allowed: RECIPE_KINDS }),
    join(p, 'kind'),
    RECIPE_KINDS,
    'recipeKind',
  );
  checkKeys(obj, p, ['kind', ...RECIPE_FIELDS[kind]], { code: 'recipe', kind });
  const path = recipePath(obj, p);
  switch (kind) {
    case 'register':
      return { kind, path, data: requireString(obj, 'data', p, { maxChars: DATA_CHARS_MAX }) };
    case 'discover':
    case 'config':
      return { kind, path };
    case 'lock': {
      const holdMs = requireInt(obj, 'holdMs', p, { min: 0, max: AT_MS_MAX });
      // [ext] 'parent' is the herd-effect variant the recipe warns against (issue 15).
      if (!has(obj, 'watch')) return { kind, path, holdMs };
      const watch = checkOneOf(obj['watch'], join(p, 'watch'), LOCK_WATCHES, 'lockWatch');
      return { kind, path, holdMs, watch };
    }
  }
}

function recipePath(obj: Obj, p: string): string {
  return checkPath(need(obj, 'path', p, { code: 'zkPathExample' }), join(p, 'path'));
}
