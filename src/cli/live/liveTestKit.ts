/**
 * What the live integration test needs to drive `npm run live` as a person would, from outside:
 * start it as a child process, read the link it prints, talk to the bridge as the app does, and
 * check by process id that nothing it started survives. Waits are on observed state with generous
 * deadlines (JVMs on a loaded 2-core machine are slow), never on fixed sleeps.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { BridgeMessage, LiveServerStatus } from '../../protocol/live';
import { procState } from '../real/processes';
import { waitFor } from '../real/wait';
import { WsClient } from './wsClient';

export const START_DEADLINE_MS = 240_000;
export const ELECTION_DEADLINE_MS = 180_000;
export const EXIT_DEADLINE_MS = 60_000;

/** Fails with a clear message when the machine lacks Java or ZooKeeper (never a silent skip). */
export function requireJavaAndZooKeeper(): void {
  const java = spawnSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' });
  if (java.status !== 0)
    throw new Error(
      'Java is missing: the live integration test runs a real ZooKeeper; install it with `apt-get install -y --no-install-recommends zookeeper default-jre-headless`',
    );
  if (!existsSync('/usr/share/java/zookeeper.jar'))
    throw new Error(
      "Debian's ZooKeeper is missing (/usr/share/java/zookeeper.jar): `apt-get install -y --no-install-recommends zookeeper`",
    );
}

export interface LiveRun {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
  exited: Promise<number | null>;
}

/** Starts `npm run live` directly, or under a shell that waits for it (to kill its parent). */
export function startLive(underShell = false): LiveRun {
  const node = `${JSON.stringify(process.execPath)} --import tsx src/cli/live/main.ts`;
  const child = underShell
    ? spawn('sh', ['-c', `${node} & wait`], { stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, ['--import', 'tsx', 'src/cli/live/main.ts'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
  const stdout: string[] = [];
  const stderr: string[] = [];
  child.stdout!.on('data', (b: Buffer) => stdout.push(b.toString('utf8')));
  child.stderr!.on('data', (b: Buffer) => stderr.push(b.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout, stderr, exited };
}

/** The bridge's ws:// address from the printed link, once it is printed. */
export async function bridgeUrl(run: LiveRun): Promise<string> {
  let url: string | null = null;
  await waitFor('the live link on stdout', START_DEADLINE_MS, () => {
    if (run.child.exitCode !== null)
      throw new Error(`npm run live exited with ${run.child.exitCode}: ${run.stderr.join('')}`);
    const text = run.stdout.join('');
    const end = text.indexOf('\n');
    if (end < 0) return false;
    const line = text.slice(0, end);
    url = URL.canParse(line) ? new URL(line).searchParams.get('live') : null;
    if (url === null) throw new Error(`the first line on stdout is not a live link: ${line}`);
    return url !== null;
  });
  return url!;
}

/** The temp dir the servers run in, from the progress on stderr. */
export function runDir(run: LiveRun): string | null {
  return /starting \d+ servers in (\S+)/.exec(run.stderr.join(''))?.[1] ?? null;
}

/** A connection to the bridge that reads its messages as they come. */
export class BridgeClient {
  private read = 0;
  readonly messages: BridgeMessage[] = [];
  private constructor(readonly ws: WsClient) {}

  static async connect(url: string): Promise<BridgeClient> {
    return new BridgeClient(await WsClient.connect(url));
  }

  private drain(): void {
    while (this.read < this.ws.messages.length)
      this.messages.push(JSON.parse(this.ws.messages[this.read++]!) as BridgeMessage);
  }

  latestStatus(): LiveServerStatus[] {
    this.drain();
    for (let i = this.messages.length - 1; i >= 0; i--) {
      const m = this.messages[i]!;
      if (m.type === 'status') return m.servers;
    }
    return [];
  }

  /** Waits until `holds` returns a value (not null) for the messages so far. */
  async until<T>(what: string, ms: number, holds: () => T | null): Promise<T> {
    let value: T | null = null;
    await waitFor(what, ms, async () => {
      this.drain();
      value = holds();
      if (value === null) await this.ws.next(250);
      return value !== null;
    });
    return value!;
  }
}

/** The one leader and its epoch when every server serves (one leader, the rest followers). */
export function settledLeader(
  status: LiveServerStatus[],
  expectServing: number,
): { sid: number; epoch: number } | null {
  const serving = status.filter((s) => s.process === 'up' && s.mode !== null);
  const leaders = serving.filter((s) => s.mode === 'leader');
  if (serving.length !== expectServing || leaders.length !== 1) return null;
  const leader = leaders[0]!;
  return leader.epoch === null ? null : { sid: leader.sid, epoch: leader.epoch };
}

/** Whether a process is gone (no /proc entry, or a zombie nobody has reaped yet). */
export function isGone(pid: number): boolean {
  const state = procState(pid);
  return state === null || state === 'Z' || state === 'X';
}

export async function waitAllGone(pids: number[]): Promise<void> {
  await waitFor(`processes ${pids.join(', ')} to be gone`, EXIT_DEADLINE_MS, () =>
    pids.every(isGone),
  );
}
