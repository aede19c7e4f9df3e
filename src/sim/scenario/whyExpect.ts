/**
 * What a refused field was given and what it must hold, as data (issue 14): `Got`, the value a
 * person wrote as a message quotes it, and `Expect`, a fixed shape (an object, a list of server
 * ids, ...), a range, or one of a list of ids; with their English, which why.ts's lookup uses.
 * A sibling of why.ts that imports nothing; the app words the same data itself
 * (src/ui/explain/fieldWhyText.ts).
 */
/** A value as a message quotes it: its JSON text (cut at 40 characters), or what it is. */
export type Got = { literal: string } | { shape: 'array' | 'object' };

/** A short, one-line description of a value for "got ..." in messages. */
export function gotOf(value: unknown): Got {
  if (value === null) return { literal: 'null' };
  if (Array.isArray(value)) return { shape: 'array' };
  switch (typeof value) {
    case 'string': {
      const text = JSON.stringify(value);
      return { literal: text.length > 40 ? `${text.slice(0, 37)}..."` : text };
    }
    case 'number':
    case 'boolean':
      return { literal: String(value) };
    case 'object':
      return { shape: 'object' };
    default:
      return { literal: typeof value };
  }
}

export function gotText(g: Got): string {
  if ('literal' in g) return g.literal;
  return g.shape === 'array' ? 'an array' : 'an object';
}

/** The things a field may be asked to hold that have a fixed name (EXPECT has their English). */
export type ExpectCode =
  | 'object'
  | 'objectWithServers'
  | 'objectWithRatePerSec'
  | 'string'
  | 'bool'
  | 'list'
  | 'numberOne'
  | 'mustBeOne'
  | 'serverId'
  | 'serverIdInt'
  | 'serverIdOrLeader'
  | 'serverIdIntOrLeader'
  | 'serverIds'
  | 'serverIdsOrAll'
  | 'serverIdsOrAllList'
  | 'groups'
  | 'groupsOfServerIds'
  | 'zkPath'
  | 'zkPathExample'
  | 'servicePathExample'
  | 'clientId'
  | 'backendOrSpare';

/** The kinds of id a one-of field takes (ONE_OF has their English). */
export type OneOfCode =
  'action' | 'balancerAction' | 'strategy' | 'createMode' | 'lockWatch' | 'recipeKind';

/** What a field must hold: a fixed thing, a range, or one of a list of ids. */
export type Expect =
  | { code: ExpectCode }
  | { code: 'int'; min: number | null; max: number | null }
  | { code: 'number'; min: number; max: number }
  | { code: 'oneOf'; what: OneOfCode; allowed: readonly string[] };

const EXPECT: Record<ExpectCode, string> = {
  object: 'an object',
  objectWithServers: 'an object with "servers"',
  objectWithRatePerSec: 'an object with "ratePerSec"',
  string: 'a string',
  bool: 'true or false',
  list: 'a list',
  numberOne: 'the number 1',
  mustBeOne: 'must be 1',
  serverId: 'a server id',
  serverIdInt: 'a server id (an integer)',
  serverIdOrLeader: 'a server id or "leader"',
  serverIdIntOrLeader: 'a server id (an integer) or "leader"',
  serverIds: 'a list of server ids',
  serverIdsOrAll: 'a list of server ids, or "all"',
  serverIdsOrAllList: 'a list of server ids or "all"',
  groups: 'a list of groups',
  groupsOfServerIds: 'a list of groups of server ids',
  zkPath: 'a ZooKeeper path',
  zkPathExample: 'a ZooKeeper path such as "/a/b"',
  servicePathExample: 'a ZooKeeper path such as "/services/api"',
  clientId: 'a client id',
  backendOrSpare: "a backend, or a spare's id",
};

/** The one-of kinds as a missing field names them ("the action: ...") and a bad value ("action"). */
const ONE_OF: Record<OneOfCode, { missing: string; unknown: string }> = {
  action: { missing: 'the action', unknown: 'action' },
  balancerAction: { missing: 'the action', unknown: 'balancer action' },
  strategy: { missing: 'the strategy', unknown: 'strategy' },
  createMode: { missing: 'the create mode', unknown: 'create mode' },
  lockWatch: { missing: 'the lock watch', unknown: 'lock watch' },
  recipeKind: { missing: 'the recipe', unknown: 'recipe kind' },
};

export function expectText(e: Expect): string {
  switch (e.code) {
    case 'int': {
      const { min, max } = e;
      if (min !== null && max !== null) return `an integer from ${min} to ${max}`;
      if (min !== null) return `an integer >= ${min}`;
      if (max !== null) return `an integer <= ${max}`;
      return 'an integer';
    }
    case 'number':
      return `a number from ${e.min} to ${e.max}`;
    case 'oneOf':
      return `${ONE_OF[e.what].missing}: ${e.allowed.join(', ')}`;
    default:
      return EXPECT[e.code];
  }
}

/** A one-of kind as an unknown value names it ("unknown balancer action ..."). */
export function oneOfText(what: OneOfCode): string {
  return ONE_OF[what].unknown;
}
