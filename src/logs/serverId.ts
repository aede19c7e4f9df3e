/**
 * Which server wrote a log. Log files are often named `zookeeper.log` or `zk-a.log`, so the id
 * comes first from what ZooKeeper itself wrote: the `[myid:3]` MDC of ZooKeeper's own layouts,
 * thread names (`QuorumPeer[myid=3]`, `WorkerReceiver[myid=3]`, `ProcessThread(sid:3 ...)`), and
 * lines that print the server's own id ("New election. My id = 3", "Starting quorum peer,
 * myid=3", "3 is accepting connections now", "(myId:3 --> sid:1)", "my id = 3"). Two different
 * ids in one file are a conflict, never a guess. Only when the content says nothing does the file
 * name decide, and only when it holds exactly one small number (`server3.log`, `zk-3.log`).
 */
import type { LogRecord } from './layout';

export type SidSource =
  | 'explicit'
  | 'file name'
  | 'myid MDC'
  | 'thread name'
  | 'New election'
  | 'Starting quorum peer'
  | 'election port'
  | 'QuorumCnxManager'
  | 'PrepRequestProcessor'
  | 'Sending Notification';

export interface SidClue {
  sid: number;
  source: SidSource;
  /** Where the first such clue is (null for the file name). */
  line: number | null;
}

/** The largest sid accepted from a file name; ZooKeeper's documentation asks for 1 to 255. */
const NAME_SID_MAX = 255;

/**
 * `server3.log`, `zoo3.log`, `zk-3.log.1` -> 3; `zookeeper.log`, `zk-a.log`, `zookeeper-3.4.14.log`
 * and `host2-zk1.log` -> null (no number, or more than one).
 */
export function sidFromFileName(name: string): number | null {
  const base = name.split(/[/\\]/).pop() ?? name;
  // Drop the extension and a rotation suffix: `.log`, `.log.2`, `.log.2026-12-03`, `.out`.
  const stem = base.replace(/\.(log|txt|out)(\.\d+|\.\d{4}-\d\d-\d\d[\w.-]*)?$/i, '');
  const runs = stem.match(/\d+/g) ?? [];
  if (runs.length !== 1 || runs[0]!.length > 3) return null;
  const sid = Number(runs[0]);
  return sid <= NAME_SID_MAX ? sid : null;
}

const THREAD_CLUES: RegExp[] = [/\[myid=(\d{1,15})\]/, /^ProcessThread\(sid:(\d{1,15})\b/];

const MESSAGE_CLUES: [RegExp, SidSource][] = [
  [/^New election\. My id =\s*(\d{1,15})/, 'New election'],
  [/^Starting quorum peer, myid=(\d{1,15})/, 'Starting quorum peer'],
  [/^(\d{1,15}) is accepting connections now, my election bind port/, 'election port'],
  [/\(myId:(\d{1,15}) --> sid:\d+\)/, 'QuorumCnxManager'],
  [
    /^Have smaller server identifier, so dropping the connection: \(\d+, (\d{1,15})\)/,
    'QuorumCnxManager',
  ],
  [
    /^(?:Connection broken for id|Send worker leaving thread\s+id|Exception when using channel: for id) \d+,? my id = (\d{1,15})/,
    'QuorumCnxManager',
  ],
  [
    /^Interrupting SendWorker thread from RecvWorker\. sid: \d+\. myId: (\d{1,15})/,
    'QuorumCnxManager',
  ],
  [/^PrepRequestProcessor \(sid:(\d{1,15})\) started/, 'PrepRequestProcessor'],
  [/\(recipient\), (\d{1,15}) \(myid\)/, 'Sending Notification'],
];

/** The clues one record gives about its writer's id. */
export function sidClues(rec: LogRecord): SidClue[] {
  const out: SidClue[] = [];
  if (typeof rec.myid === 'number') out.push({ sid: rec.myid, source: 'myid MDC', line: rec.line });
  for (const re of THREAD_CLUES) {
    const m = re.exec(rec.thread);
    if (m) out.push({ sid: Number(m[1]), source: 'thread name', line: rec.line });
  }
  for (const [re, source] of MESSAGE_CLUES) {
    const m = re.exec(rec.message);
    if (m) out.push({ sid: Number(m[1]), source, line: rec.line });
  }
  return out;
}

/** The first clue for each distinct sid, in the order they appear. */
export function collectClues(records: readonly LogRecord[]): SidClue[] {
  const first = new Map<number, SidClue>();
  for (const rec of records)
    for (const c of sidClues(rec)) if (!first.has(c.sid)) first.set(c.sid, c);
  return [...first.values()];
}

export type SidDecision =
  | { ok: true; sid: number; source: SidSource; nameDisagrees: number | null }
  | { ok: false; code: 'file.sid-unknown' }
  | { ok: false; code: 'file.sid-conflict'; evidence: string[] };

export function describeClue(c: SidClue): string {
  return c.line === null ? `${c.source}: ${c.sid}` : `${c.source}: ${c.sid} (line ${c.line})`;
}

/** Decides a file's sid: an explicit one wins; then one agreeing content; then the file name. */
export function decideSid(name: string, clues: readonly SidClue[], explicit?: number): SidDecision {
  const fromName = sidFromFileName(name);
  if (explicit !== undefined)
    return { ok: true, sid: explicit, source: 'explicit', nameDisagrees: null };
  if (clues.length > 1)
    return { ok: false, code: 'file.sid-conflict', evidence: clues.map(describeClue) };
  const clue = clues[0];
  if (clue) {
    const nameDisagrees = fromName !== null && fromName !== clue.sid ? fromName : null;
    return { ok: true, sid: clue.sid, source: clue.source, nameDisagrees };
  }
  if (fromName !== null)
    return { ok: true, sid: fromName, source: 'file name', nameDisagrees: null };
  return { ok: false, code: 'file.sid-unknown' };
}
