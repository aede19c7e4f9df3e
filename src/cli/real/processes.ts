/**
 * Every JVM the check starts is registered here by process id and stopped on every way out of
 * the program: the normal end, an error, SIGINT, SIGTERM, an uncaught exception or rejection, and
 * `process.exit`. A frozen JVM is sent SIGCONT before SIGKILL. Each JVM is also started under
 * `setpriv --pdeathsig KILL`, so the kernel kills it if this Node process itself is SIGKILLed,
 * which no handler can catch.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

interface Tracked {
  child: ChildProcess;
  pid: number;
  label: string;
  frozen: boolean;
  exited: Promise<void>;
  done: boolean;
}

const tracked = new Map<number, Tracked>();
let handlersInstalled = false;
/** Synchronous clean-ups (removing a run's temp dir) for the ways out that cannot await. */
const exitCleanups = new Set<() => void>();

/** Registers a clean-up to run after the JVMs are killed on a signal or crash; returns its removal. */
export function onAbnormalExit(cleanup: () => void): () => void {
  installExitHandlers();
  exitCleanups.add(cleanup);
  return () => exitCleanups.delete(cleanup);
}

/** Whether setpriv (util-linux) can give children a parent-death signal. */
function setprivAvailable(): boolean {
  return spawnSync('setpriv', ['--help'], { stdio: 'ignore' }).status === 0;
}

const useSetpriv = setprivAvailable();

/** Starts a command as a tracked process with stdout and stderr going to `outFd`. */
export function spawnTracked(
  command: string,
  args: string[],
  outFd: number,
  label: string,
): number {
  installExitHandlers();
  const [cmd, argv] = useSetpriv
    ? ['setpriv', ['--pdeathsig', 'KILL', '--', command, ...args]]
    : [command, args];
  const child = spawn(cmd, argv, { stdio: ['ignore', outFd, outFd], detached: false });
  if (child.pid === undefined) throw new Error(`could not start ${label} (${command})`);
  const pid = child.pid;
  let resolveExit: () => void = () => undefined;
  const exited = new Promise<void>((resolve) => (resolveExit = resolve));
  const entry: Tracked = { child, pid, label, frozen: false, exited, done: false };
  child.on('exit', () => {
    entry.done = true;
    resolveExit();
  });
  child.on('error', () => {
    entry.done = true;
    resolveExit();
  });
  tracked.set(pid, entry);
  return pid;
}

export function isAlive(pid: number): boolean {
  const t = tracked.get(pid);
  return t !== undefined && !t.done;
}

/** SIGKILL and wait for the exit. A frozen process is killed as it is (no SIGCONT first): a
 * crash step must not let it run and read what its sockets hold. */
export async function crashProcess(pid: number): Promise<void> {
  const t = tracked.get(pid);
  if (!t || t.done) return;
  t.child.kill('SIGKILL');
  await t.exited;
  tracked.delete(pid);
}

export function freezeProcess(pid: number): void {
  const t = tracked.get(pid);
  if (!t || t.done) throw new Error(`cannot freeze ${pid}: not running`);
  t.child.kill('SIGSTOP');
  t.frozen = true;
}

export function unfreezeProcess(pid: number): void {
  const t = tracked.get(pid);
  if (!t || t.done) throw new Error(`cannot unfreeze ${pid}: not running`);
  t.child.kill('SIGCONT');
  t.frozen = false;
}

/** The kernel's view of a process: 'T' when stopped, 'S'/'R' when running; null when gone. */
export function procState(pid: number): string | null {
  const path = `/proc/${pid}/stat`;
  if (!existsSync(path)) return null;
  try {
    const stat = readFileSync(path, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  } catch {
    return null;
  }
}

/** Stops every tracked process and waits for the exits. */
export async function stopAll(): Promise<void> {
  const waits: Promise<void>[] = [];
  for (const t of tracked.values()) {
    if (t.done) continue;
    killNow(t);
    waits.push(t.exited);
  }
  await Promise.all(waits);
  tracked.clear();
}

/** The synchronous version, for process.on('exit') where nothing can be awaited. */
function stopAllNow(): void {
  for (const t of tracked.values()) if (!t.done) killNow(t);
  for (const cleanup of exitCleanups) {
    try {
      cleanup();
    } catch {
      // Best effort on the way out; the JVMs are what matters.
    }
  }
  exitCleanups.clear();
}

function killNow(t: Tracked): void {
  try {
    if (t.frozen) process.kill(t.pid, 'SIGCONT');
    process.kill(t.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Process ids still tracked and not known to have exited (for the final ps check). */
export function livePids(): number[] {
  return [...tracked.values()].filter((t) => !t.done).map((t) => t.pid);
}

function installExitHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', stopAllNow);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.on(signal, () => {
      process.stderr.write(`real: ${signal}: stopping ${livePids().length} JVM(s)\n`);
      stopAllNow();
      process.exit(code);
    });
  }
  process.on('uncaughtException', (e) => {
    stopAllNow();
    process.stderr.write(`real: internal error: ${e.stack ?? e.message}\n`);
    process.exit(3);
  });
  process.on('unhandledRejection', (e) => {
    stopAllNow();
    process.stderr.write(`real: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(3);
  });
}

/** Java processes whose command line mentions `marker` (the run's temp dir), per `ps`. */
export function javaProcessesWith(marker: string): number[] {
  const ps = spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  if (ps.status !== 0) return [];
  return ps.stdout
    .split('\n')
    .filter((l) => l.includes('java') && l.includes(marker))
    .map((l) => Number(l.trim().split(/\s+/)[0]))
    .filter((n) => Number.isSafeInteger(n) && n !== process.pid);
}
