/**
 * Why a scenario field is refused, as a code with typed parameters (issue 14): one table, the way
 * check/violationDetail.ts words violations. The validators throw these (fields.ts `fail`); the
 * CLI's one-line message is `path: ` + `whyText(why)`, the English below, word for word what the
 * validators used to write by hand; the app renders its own English and Chinese from the code
 * (src/ui/explain/fieldWhyText.ts) and never reads the English. Values a person wrote are carried
 * as `Got` (a JSON literal, the same in every language, or the shape of a list or object);
 * field names, ids, sids, paths and numbers are carried as they are. Two siblings hold parts of
 * the vocabulary, both worded through this file's one lookup (`whyText`): whyExpect.ts (what a
 * field was given and must hold) and whyInput.ts (the codes about an input's shape rather than
 * its fields: size, JSON text, commands, the planner file's grid).
 */
import { expectText, gotText, oneOfText, type Expect, type Got, type OneOfCode } from './whyExpect';
import { INPUT_ENGLISH, type WhyInputParamsOf } from './whyInput';
import { zkPathProblemText, type ZkPathProblem } from './zkPath';

export {
  expectText,
  gotOf,
  gotText,
  type Expect,
  type ExpectCode,
  type Got,
  type OneOfCode,
} from './whyExpect';

/** Where an unknown field was found, when the message names it (an action's or a recipe's kind). */
export type FieldScope =
  | { code: 'action'; kind: string }
  | { code: 'recipe'; kind: string }
  | { code: 'costModel' }
  | { code: 'costSection' };

/** The sids a scenario has, as its messages list them ("servers: 1..3, observers: 4..5"). */
export interface Sids {
  voters: number;
  observers: number;
}

function range(from: number, to: number): string {
  return from === to ? `${from}` : `${from}..${to}`;
}

export function sidsText(s: Sids): string {
  const voters = `servers: ${range(1, s.voters)}`;
  if (s.observers === 0) return voters;
  return `${voters}, observers: ${range(s.voters + 1, s.voters + s.observers)}`;
}

/** Why a backend id cannot name the backend's znode: it holds a '/', or the path is invalid. */
export type BackendIdProblem = { code: 'slash' } | ZkPathProblem;

/**
 * The parameters of each code. Paths (`by`, `group`) are field paths as messages write them. The
 * codes about an input's shape rather than its fields (its size and JSON text, commands, the
 * planner file's grid) are whyInput.ts's.
 */
export interface WhyParamsOf extends WhyInputParamsOf {
  missing: { expect: Expect };
  expected: { expect: Expect; got: Got };
  unknownField: { scope: FieldScope | null; allowed: readonly string[] };
  unknownValue: { what: OneOfCode; got: Got; allowed: readonly string[] };
  notEmpty: Record<string, never>;
  tooLong: { length: number; max: number };
  pathTooLong: { length: number; max: number };
  tooMany: {
    count: number;
    what: 'clients' | 'actions' | 'balancerActions' | 'values';
    max: number;
  };
  minAboveMax: { min: number; maxKey: string; max: number; maxIsDefault: boolean };
  maxBelowDefaultMin: { max: number; minKey: string; min: number };
  unsupportedVersion: { version: number };
  tooManySids: { servers: number; observers: number; sidsMax: number };
  startTwice: { sid: number };
  initialTwice: { sid: number };
  noSuchServer: { sid: number; sids: Sids };
  serverTwice: { sid: number };
  noServer: Record<string, never>;
  badZkPath: { got: Got; problem: ZkPathProblem };
  noSuchClient: { got: Got; known: readonly string[] };
  clientInClients: { got: Got };
  clientAddedBy: { got: Got; by: string };
  clientsMax: { max: number };
  clientAddedLater: { got: Got; atMs: number; by: string };
  balancerActionHere: { got: Got };
  sameEnds: { from: number };
  fewGroups: { count: number };
  emptyGroup: Record<string, never>;
  serverInGroup: { sid: number; group: string | null };
  serverInNoGroup: { sid: number; sids: Sids };
  idUsed: { got: Got; by: string };
  noStrategy: { known: readonly string[] };
  strategyTwice: { id: string };
  noBackend: Record<string, never>;
  backendsMax: { backends: number; spares: number; added: number; total: number; max: number };
  notSpare: { got: Got; spares: readonly string[] };
  spareAdded: { got: Got; atMs: number };
  backendIsSpare: { got: Got };
  backendExists: { got: Got; atMs: number };
  noSuchBackend: { got: Got; atMs: number; known: readonly string[] };
  // What the load-balancing lab cannot run in a valid scenario (lab/labSetup.ts, labProblem).
  labClientId: Record<string, never>;
  backendNotZnode: { id: string; service: string; problem: BackendIdProblem };
  initialTxnsMax: { txns: number; max: number };
  currentAboveAccepted: { currentEpoch: number; acceptedEpoch: number };
  notZxid: { got: Got };
  zxidEpochAboveCurrent: { epoch: number; zxid: string; currentEpoch: number };
  zxidEpochZero: { zxid: string };
  zxidCounterMax: { zxid: string };
  epochsExhausted: { sids: readonly number[]; voters: number; epochMax: number };
  // The cost model's reasons (src/sim/cost), also the scenario's cost section's.
  costParam: { integer: boolean; min: number; max: number; unit: string; got: Got };
  beforeWorkloadStart: { measureFromMs: number; startAtMs: number };
  costWorkload: { got: Got; allowed: readonly string[] };
  openLoopOnly: Record<string, never>;
  openLoopNeedsRate: { min: number; max: number };
}

export type WhyCode = keyof WhyParamsOf;

/** Why a field is refused: a code and its parameters. */
export type Why = { [K in WhyCode]: { code: K; params: WhyParamsOf[K] } }[WhyCode];

/**
 * A field's problem: its path (fields.ts `join`/`at`, e.g. "actions[2].sid") and why. A caller
 * that merged items into a list re-bases the path (fields.ts `listItemOf`) without reading a
 * message, and words it with `fieldProblemText` (the CLI) or from the code (the app).
 */
export interface FieldProblem {
  path: string;
  why: Why;
}

/** The one-line message of a field problem, as the CLI prints it (no path: the whole input). */
export function fieldProblemText(f: FieldProblem): string {
  return f.path === '' ? whyText(f.why) : `${f.path}: ${whyText(f.why)}`;
}

/** Builds a Why with its parameters checked against its code. */
export function why<K extends WhyCode>(code: K, params: WhyParamsOf[K]): Why {
  return { code, params } as Why;
}

const list = (xs: readonly unknown[]) => xs.join(', ');

function scopeText(s: FieldScope | null): string {
  if (s === null) return '';
  switch (s.code) {
    case 'action':
      return ` for "${s.kind}"`;
    case 'recipe':
      return ` for recipe "${s.kind}"`;
    case 'costModel':
      return ' for the cost model';
    case 'costSection':
      return ' for the cost section';
  }
}

/** Every code's English; a Record, so that the compiler refuses a code missing here. */
const ENGLISH: { [K in WhyCode]: (p: WhyParamsOf[K]) => string } = {
  ...INPUT_ENGLISH,
  missing: (p) => `missing (${expectText(p.expect)})`,
  expected: (p) => `expected ${expectText(p.expect)}, got ${gotText(p.got)}`,
  unknownField: (p) => `unknown field${scopeText(p.scope)} (allowed: ${list(p.allowed)})`,
  unknownValue: (p) => `unknown ${oneOfText(p.what)} ${gotText(p.got)} (known: ${list(p.allowed)})`,
  notEmpty: () => 'must not be empty',
  tooLong: (p) => `${p.length} characters, more than the ${p.max} allowed`,
  pathTooLong: (p) => `${p.length} characters, more than the ${p.max} allowed for a path`,
  tooMany: (p) =>
    `${p.count} ${p.what === 'balancerActions' ? 'balancer actions' : p.what}, more than the ${p.max} allowed`,
  minAboveMax: (p) =>
    `${p.min} is greater than ${p.maxKey} ${p.max}${p.maxIsDefault ? ' (the default)' : ''}`,
  maxBelowDefaultMin: (p) => `${p.max} is less than ${p.minKey} ${p.min} (the default)`,
  unsupportedVersion: (p) => `unsupported version ${p.version} (this runner reads version 1)`,
  tooManySids: (p) =>
    `${p.servers} servers plus ${p.observers} observers exceed ` +
    `${p.sidsMax} sids (at most ${p.sidsMax - p.servers} observers here)`,
  startTwice: (p) => `server ${p.sid} already has a start time`,
  initialTwice: (p) => `server ${p.sid} already has an initial state`,
  noSuchServer: (p) => `server ${p.sid} does not exist (${sidsText(p.sids)})`,
  serverTwice: (p) => `server ${p.sid} is listed twice`,
  noServer: () => 'must name at least one server',
  badZkPath: (p) =>
    `${gotText(p.got)} is not a valid ZooKeeper path (${zkPathProblemText(p.problem)})`,
  noSuchClient: (p) =>
    `client ${gotText(p.got)} does not exist (${
      p.known.length === 0 ? 'no clients are defined in "clients"' : `clients: ${list(p.known)}`
    })`,
  clientInClients: (p) => `${gotText(p.got)} is already a client in "clients"`,
  clientAddedBy: (p) => `${gotText(p.got)} is already added by ${p.by}`,
  clientsMax: (p) => `more than ${p.max} clients in all ("clients" and client-add actions)`,
  clientAddedLater: (p) =>
    `${gotText(p.got)} is added at ${p.atMs} ms by ${p.by}, after this action runs`,
  balancerActionHere: (p) => `${gotText(p.got)} is a balancer action; put it in balancer.actions`,
  sameEnds: (p) => `a link joins two different servers (from is also ${p.from})`,
  fewGroups: (p) => `needs at least 2 groups, got ${p.count} (to reconnect everyone, use "heal")`,
  emptyGroup: () => 'empty group (every group needs at least one server)',
  serverInGroup: (p) => `server ${p.sid} is already in ${p.group ?? 'this group'}`,
  serverInNoGroup: (p) =>
    `server ${p.sid} is in no group (every server must be in exactly one group; ${sidsText(p.sids)})`,
  idUsed: (p) => `${gotText(p.got)} is already used by ${p.by}`,
  noStrategy: (p) => `must name at least one strategy (known: ${list(p.known)})`,
  strategyTwice: (p) => `strategy "${p.id}" is listed twice`,
  noBackend: () => 'needs at least one backend',
  backendsMax: (p) =>
    `${p.backends} backends, ${p.spares} spares and ${p.added} add-backend actions ` +
    `make ${p.total} backends, more than the ${p.max} allowed`,
  notSpare: (p) => `${gotText(p.got)} is not a spare (spares: ${list(p.spares) || 'none'})`,
  spareAdded: (p) => `spare ${gotText(p.got)} is already added at ${p.atMs} ms`,
  backendIsSpare: (p) =>
    `backend ${gotText(p.got)} is a spare: add it by naming it ("backend": ${gotText(p.got)})`,
  backendExists: (p) => `backend ${gotText(p.got)} already exists at ${p.atMs} ms`,
  noSuchBackend: (p) =>
    `backend ${gotText(p.got)} does not exist at ${p.atMs} ms (backends then: ${list(p.known)})`,
  labClientId: () =>
    'ids beginning with "lb:" are reserved for the load-balancing lab\'s own clients',
  backendNotZnode: (p) =>
    `backend id ${JSON.stringify(p.id)} cannot be a znode name under ${p.service} ` +
    `(${p.problem.code === 'slash' ? "contains '/'" : zkPathProblemText(p.problem)})`,
  initialTxnsMax: (p) =>
    `the initial logs would hold ${p.txns} transactions in all, more than the ` +
    `${p.max} the simulation materialises (a log holds every txn up to lastZxid's counter)`,
  currentAboveAccepted: (p) =>
    `${p.currentEpoch} is newer than acceptedEpoch ${p.acceptedEpoch} ` +
    '(ZooKeeper refuses to start when the accepted epoch is less than the current epoch)',
  notZxid: (p) => `${gotText(p.got)} is not a zxid (expected hex such as "0x100000005", or "0x0")`,
  zxidEpochAboveCurrent: (p) =>
    `epoch ${p.epoch} of ${p.zxid} is newer than currentEpoch ` +
    `${p.currentEpoch} (ZooKeeper refuses to start: "the current epoch is older than the last zxid")`,
  zxidEpochZero: (p) =>
    `${p.zxid} has epoch 0 (no leader ever proposed in epoch 0; the empty log is "0x0")`,
  zxidCounterMax: (p) =>
    `${p.zxid} has counter 0xffffffff, which no leader ever uses: it forces a new ` +
    'election first (ZOOKEEPER-1277), so the last counter of an epoch is 0xfffffffe',
  epochsExhausted: (p) =>
    `servers ${p.sids.join(', ')} (a majority of the ${p.voters} voters) have ` +
    `acceptedEpoch ${p.epochMax}, the largest epoch: every quorum would need epoch ` +
    `${p.epochMax + 1}, which no zxid can hold (ZooKeeper has no epoch rollover), so no leader ` +
    'could ever be established',
  costParam: (p) =>
    `expected ${p.integer ? 'an integer' : 'a number'} from ${p.min} to ${p.max} (${p.unit}), ` +
    `got ${gotText(p.got)}`,
  beforeWorkloadStart: (p) =>
    `${p.measureFromMs} is before the workload starts (startAtMs ${p.startAtMs})`,
  costWorkload: (p) => `unknown workload ${gotText(p.got)} (known: ${list(p.allowed)})`,
  openLoopOnly: () =>
    'only for the open loop ("workload": "open"); a closed loop sends as its replies arrive',
  openLoopNeedsRate: (p) =>
    `missing: the open loop needs its offered rate (a number from ${p.min} to ${p.max} ops/s)`,
};

/** The English reason, as the CLI prints it after the field's path. */
export function whyText(w: Why): string {
  // TypeScript cannot correlate ENGLISH[w.code] with w's own variant; the table's type does.
  return (ENGLISH[w.code] as (p: unknown) => string)(w.params);
}
