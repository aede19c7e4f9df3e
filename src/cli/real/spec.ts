/**
 * A scenario for the check against real ZooKeeper, written once and run twice: on a real
 * ensemble (src/cli/real/runReal.ts) and in the simulator (./simRun.ts). This module is pure (no
 * Node built-ins) so the unit test that compares recorded outcomes with the simulator can import
 * it. Steps are the things one can do to real JVMs without touching the network: start a server
 * on its data dir, SIGKILL it, SIGSTOP/SIGCONT it, and write through a client.
 */

export type RealStep =
  /** The first start of a server: a JVM on an empty data dir. */
  | { do: 'start'; sid: number }
  /** A new JVM on the data dir a crashed server left behind. */
  | { do: 'restart'; sid: number }
  /** SIGKILL: the process dies, its sockets are reset, its disk survives. */
  | { do: 'crash'; sid: number }
  /** SIGSTOP: a silent hang, no connection reset. */
  | { do: 'freeze'; sid: number }
  /** SIGCONT. */
  | { do: 'unfreeze'; sid: number }
  /**
   * One client session through `via`: createSession, a create, count - 1 setData, closeSession.
   * That is count + 2 transactions, each waited for.
   */
  | { do: 'write'; via: number; count: number }
  /**
   * A client asks `via` for a session while the leader cannot reach a quorum: the createSession
   * transaction is proposed and logged by the leader only. The client then gives up.
   */
  | { do: 'uncommitted-session'; via: number }
  /**
   * A client opens a session on `via` with the shortest timeout (2 x tickTime = 4000 ms), then
   * closes its socket without closeSession; the step ends when the leader logs "Expiring
   * session 0x..." for it. It records session expiry in the logs (docs/LOGS.md).
   */
  | { do: 'expire-session'; via: number }
  /** Wait until the ensemble is stable, then observe it. */
  | { do: 'checkpoint'; name: string };

export type StepKind = RealStep['do'];

export interface RealScenario {
  /** kebab-case; names the fixture log folder. */
  id: string;
  title: string;
  /** The rule of ZooKeeper's behaviour this scenario exercises, in one sentence. */
  rule: string;
  /** Voting servers, sids 1..servers. */
  servers: number;
  steps: RealStep[];
}

export const SYNC_MODES = ['DIFF', 'SNAP', 'TRUNC'] as const;
export type SyncMode = (typeof SYNC_MODES)[number];

/** What one checkpoint observed, on the real ensemble or in the simulator. */
export interface Checkpoint {
  name: string;
  /** The running server that leads in broadcast, or null. */
  leader: number | null;
  /** The leader's currentEpoch, or null. */
  epoch: number | null;
  /** Running servers following in broadcast, ascending. */
  followers: number[];
  /** Running servers in LOOKING, ascending. */
  looking: number[];
  /** Running servers in none of those states (still in discovery or sync): never settled. */
  unsettled: number[];
  /** Learners that synced since the previous checkpoint: the mode of the last sync, by sid. */
  syncModes: Record<string, SyncMode>;
  /**
   * Servers that started an election since the previous checkpoint: the zxid of the last vote
   * they started with ("New election. My id = N, proposed zxid=0x..."), by sid.
   */
  voteZxids: Record<string, string>;
}

/** Only the compared fields (a recorded checkpoint also carries evidence). */
export function comparableCheckpoint(cp: Checkpoint): Checkpoint {
  const { name, leader, epoch, followers, looking, unsettled, syncModes, voteZxids } = cp;
  return { name, leader, epoch, followers, looking, unsettled, syncModes, voteZxids };
}

/** Keys in ascending sid order, so the JSON of equal checkpoints is equal text. */
export function sorted<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(record).sort((a, b) => Number(a) - Number(b))) out[k] = record[k]!;
  return out;
}

export const SERVERS_MIN = 3;
export const SERVERS_MAX = 7;
export const STEPS_MAX = 60;
export const WRITE_COUNT_MAX = 50;
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type SpecResult = { ok: true; scenario: RealScenario } | { ok: false; error: string };

class SpecError extends Error {}

/** Validates a scenario; the first problem refuses it whole, naming the field. */
export function parseRealScenario(value: unknown): SpecResult {
  try {
    return { ok: true, scenario: checkScenario(value) };
  } catch (e) {
    if (e instanceof SpecError) return { ok: false, error: e.message };
    throw e;
  }
}

const SCENARIO_KEYS = ['id', 'title', 'rule', 'servers', 'steps', '//'];
const STEP_KEYS: Record<StepKind, string[]> = {
  start: ['sid'],
  restart: ['sid'],
  crash: ['sid'],
  freeze: ['sid'],
  unfreeze: ['sid'],
  write: ['via', 'count'],
  'uncommitted-session': ['via'],
  'expire-session': ['via'],
  checkpoint: ['name'],
};

function checkScenario(value: unknown): RealScenario {
  const obj = object(value, 'scenario');
  unknownKeys(obj, SCENARIO_KEYS, 'scenario');
  const id = text(obj['id'], 'id');
  if (!ID_PATTERN.test(id)) fail('id', `expected kebab-case (a-z, 0-9, -), got ${q(id)}`);
  const title = text(obj['title'], 'title');
  const rule = text(obj['rule'], 'rule');
  const servers = int(obj['servers'], 'servers', SERVERS_MIN, SERVERS_MAX);
  if (!Array.isArray(obj['steps'])) fail('steps', 'expected a list of steps');
  const raw = obj['steps'] as unknown[];
  if (raw.length === 0 || raw.length > STEPS_MAX)
    fail('steps', `expected 1 to ${STEPS_MAX} steps, got ${raw.length}`);
  const steps = raw.map((s, i) => checkStep(s, `steps[${i}]`, servers));
  checkSequence(steps);
  return { id, title, rule, servers, steps };
}

function checkStep(value: unknown, p: string, servers: number): RealStep {
  const obj = object(value, p);
  const kind = obj['do'];
  if (typeof kind !== 'string' || !(kind in STEP_KEYS))
    fail(`${p}.do`, `expected one of ${Object.keys(STEP_KEYS).join(', ')}, got ${q(kind)}`);
  const k = kind as StepKind;
  unknownKeys(obj, ['do', ...STEP_KEYS[k]], `${p} (${k})`);
  // Servers are named by sid only: "the leader" could be a different server in the simulator
  // and on the real ensemble, and the checkpoint before a step already says who leads.
  const sid = (field: string): number => int(obj[field], `${p}.${field}`, 1, servers);
  switch (k) {
    case 'start':
    case 'restart':
    case 'unfreeze':
    case 'crash':
    case 'freeze':
      return { do: k, sid: sid('sid') };
    case 'write':
      return { do: k, via: sid('via'), count: int(obj['count'], `${p}.count`, 1, WRITE_COUNT_MAX) };
    case 'uncommitted-session':
    case 'expire-session':
      return { do: k, via: sid('via') };
    case 'checkpoint': {
      const name = text(obj['name'], `${p}.name`);
      if (!ID_PATTERN.test(name)) fail(`${p}.name`, `expected kebab-case, got ${q(name)}`);
      return { do: k, name };
    }
  }
}

/** Replays the steps on a model of which servers run, so impossible steps are refused up front. */
function checkSequence(steps: RealStep[]): void {
  const started = new Set<number>();
  const running = new Set<number>();
  const frozen = new Set<number>();
  const names = new Set<string>();
  steps.forEach((s, i) => {
    const p = `steps[${i}]`;
    switch (s.do) {
      case 'start':
        if (started.has(s.sid)) fail(`${p}.sid`, `server ${s.sid} was already started`);
        started.add(s.sid);
        running.add(s.sid);
        break;
      case 'restart':
        if (!started.has(s.sid) || running.has(s.sid))
          fail(`${p}.sid`, `server ${s.sid} is not crashed (use start for a first start)`);
        running.add(s.sid);
        break;
      case 'crash':
        if (!running.has(s.sid)) fail(`${p}.sid`, `server ${s.sid} is not running`);
        running.delete(s.sid);
        frozen.delete(s.sid);
        break;
      case 'freeze':
        if (!running.has(s.sid) || frozen.has(s.sid))
          fail(`${p}.sid`, `server ${s.sid} is not running unfrozen`);
        frozen.add(s.sid);
        break;
      case 'unfreeze':
        if (!frozen.has(s.sid)) fail(`${p}.sid`, `server ${s.sid} is not frozen`);
        frozen.delete(s.sid);
        break;
      case 'write':
      case 'uncommitted-session':
      case 'expire-session':
        if (!running.has(s.via) || frozen.has(s.via))
          fail(`${p}.via`, `server ${s.via} is not running unfrozen`);
        break;
      case 'checkpoint':
        if (names.has(s.name)) fail(`${p}.name`, `${q(s.name)} is used twice`);
        names.add(s.name);
        break;
    }
  });
  if (steps[steps.length - 1]?.do !== 'checkpoint')
    fail('steps', 'the last step must be a checkpoint (what would be compared otherwise?)');
  if (started.size === 0) fail('steps', 'no server is ever started');
}

type Obj = Record<string, unknown>;

function object(value: unknown, p: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(p, `expected an object, got ${q(value)}`);
  return value as Obj;
}

function unknownKeys(obj: Obj, allowed: string[], p: string): void {
  for (const key of Object.keys(obj))
    if (!allowed.includes(key)) fail(p, `unknown field ${q(key)} (allowed: ${allowed.join(', ')})`);
}

function text(value: unknown, p: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    fail(p, `expected a non-empty string, got ${q(value)}`);
  return value as string;
}

function int(value: unknown, p: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max)
    fail(p, `expected an integer from ${min} to ${max}, got ${q(value)}`);
  return value as number;
}

function fail(p: string, why: string): never {
  throw new SpecError(`${p}: ${why}`);
}

function q(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}
