/**
 * `npm run live`: a real 3-server ZooKeeper ensemble on 127.0.0.1 and the bridge that shows it in
 * the app (docs/LIVE.md). The link to open is the only line on stdout; progress goes to stderr.
 *
 * Every JVM is started through src/cli/real/processes.ts, which stops them all on every way out:
 * the end of this program, Ctrl-C (SIGINT), SIGTERM, SIGHUP, an uncaught error, and, through the
 * kernel's parent-death signal, this process being killed outright. When this program's own
 * parent dies (the terminal or `npm` that started it), it notices within a second and stops too.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ensemble } from '../real/ensemble';
import { isEntryPoint } from '../entryPoint';
import { ensureInstalled, InstallError } from '../real/install';
import { onAbnormalExit, stopAll } from '../real/processes';
import { LIVE_USAGE, liveLink, parseLiveArgs } from './args';
import { LiveBridge } from './bridge';

export const SERVERS = 3;
const START_TIMEOUT_MS = 180_000;
const PARENT_CHECK_MS = 1000;

const EXIT_UNUSABLE = 2;
const EXIT_FAILED = 3;

function say(line: string): void {
  process.stderr.write(`live: ${line}\n`);
}

/** This process's parent id as the kernel says now (process.ppid is read once, at start). */
export function currentParentPid(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    return Number.isSafeInteger(ppid) ? ppid : null;
  } catch {
    return null;
  }
}

/** Exits (stopping every JVM through the exit handler) when the parent process goes away. */
function watchParent(): void {
  const parent = currentParentPid();
  if (parent === null) return;
  setInterval(() => {
    if (currentParentPid() !== parent) {
      say(`the parent process ${parent} is gone: stopping`);
      process.exit(EXIT_FAILED);
    }
  }, PARENT_CHECK_MS).unref();
}

async function main(argv: readonly string[]): Promise<void> {
  const parsed = parseLiveArgs(argv);
  if (!parsed.ok) {
    say(parsed.error);
    process.exit(EXIT_UNUSABLE);
  }
  if (parsed.args.kind === 'help') {
    process.stdout.write(`${LIVE_USAGE}\n`);
    return;
  }
  const { port, app } = parsed.args;
  watchParent();
  let install;
  try {
    install = ensureInstalled(say);
  } catch (e) {
    say(e instanceof InstallError ? e.message : `cannot find ZooKeeper: ${String(e)}`);
    process.exit(EXIT_FAILED);
  }
  say(`ZooKeeper ${install.packageVersion}, Java ${install.javaVersion}`);
  const dir = mkdtempSync(join(tmpdir(), 'zabscope-live-'));
  onAbnormalExit(() => rmSync(dir, { recursive: true, force: true }));
  const ensemble = await Ensemble.create(dir, SERVERS, install);
  say(`starting ${SERVERS} servers in ${dir}`);
  try {
    await Promise.all(
      Array.from({ length: SERVERS }, (_, i) => ensemble.start(i + 1, START_TIMEOUT_MS)),
    );
  } catch (e) {
    say(`could not start the ensemble: ${e instanceof Error ? e.message : String(e)}`);
    await stopAll();
    process.exit(EXIT_FAILED);
  }
  const pids = Array.from({ length: SERVERS }, (_, i) => ensemble.pidOf(i + 1));
  say(`servers started, process ids ${pids.join(', ')}`);
  const bridge = new LiveBridge(ensemble);
  let bridgePort: number;
  try {
    bridgePort = await bridge.listen(port);
  } catch (e) {
    say(`cannot listen on 127.0.0.1:${port}: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(EXIT_UNUSABLE);
  }
  say(`bridge on ws://127.0.0.1:${bridgePort} (token required); Ctrl-C stops everything`);
  say('open this address in the app (start it with `npm run dev` if it does not run yet):');
  process.stdout.write(`${liveLink(app, bridgePort, bridge.token)}\n`);
}

if (isEntryPoint(import.meta.url)) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    say(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(EXIT_FAILED);
  });
}
