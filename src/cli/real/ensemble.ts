/**
 * A real ZooKeeper ensemble on 127.0.0.1: one JVM per server (QuorumPeerMain with its own zoo.cfg
 * and data dir in a temp dir), free ports, and a log4j configuration that writes each server's
 * log to its own file at INFO with timestamps and thread names. Crash = SIGKILL, freeze =
 * SIGSTOP, unfreeze = SIGCONT, restart = a new JVM on the same data dir (its log is appended to).
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { isLoopback, listeningSockets } from './loopback';
import { newElection, parseLogLine } from './logLines';
import {
  crashProcess,
  freezeProcess,
  isAlive,
  procState,
  spawnTracked,
  unfreezeProcess,
} from './processes';
import type { Installation } from './install';
import { TIMING } from './translate';
import { waitFor } from './wait';

export interface ServerPorts {
  client: number;
  quorum: number;
  election: number;
}

const LOG4J = `log4j.rootLogger=INFO, FILE
log4j.appender.FILE=org.apache.log4j.FileAppender
log4j.appender.FILE.Append=true
log4j.appender.FILE.File=\${zabscope.log.file}
log4j.appender.FILE.layout=org.apache.log4j.PatternLayout
log4j.appender.FILE.layout.ConversionPattern=%d{ISO8601} - %-5p [%t:%C{1}@%L] - %m%n
`;

/** Java options: small heaps and a quick JIT, since up to 5 JVMs share 2 busy cores. */
const JVM_OPTIONS = [
  '-Xms32m',
  '-Xmx256m',
  '-XX:+UseSerialGC',
  '-XX:TieredStopAtLevel=1',
  '-Djava.net.preferIPv4Stack=true',
  '-Dzookeeper.admin.enableServer=false',
];

export class Ensemble {
  private readonly pids = new Map<number, number>();
  private readonly frozen = new Set<number>();

  private constructor(
    readonly dir: string,
    readonly servers: number,
    readonly ports: Map<number, ServerPorts>,
    private readonly install: Installation,
  ) {}

  static async create(dir: string, servers: number, install: Installation): Promise<Ensemble> {
    const free = await freePorts(servers * 3);
    const ports = new Map<number, ServerPorts>();
    for (let sid = 1; sid <= servers; sid++) {
      const [client, quorum, election] = free.slice((sid - 1) * 3, sid * 3) as [
        number,
        number,
        number,
      ];
      ports.set(sid, { client, quorum, election });
    }
    const ensemble = new Ensemble(dir, servers, ports, install);
    writeFileSync(join(dir, 'log4j.properties'), LOG4J);
    for (let sid = 1; sid <= servers; sid++) ensemble.writeConfig(sid);
    return ensemble;
  }

  private serverDir(sid: number): string {
    return join(this.dir, `server${sid}`);
  }

  logPath(sid: number): string {
    return join(this.serverDir(sid), 'server.log');
  }

  private writeConfig(sid: number): void {
    const data = join(this.serverDir(sid), 'data');
    mkdirSync(data, { recursive: true });
    writeFileSync(join(data, 'myid'), `${sid}\n`);
    const p = this.ports.get(sid)!;
    const lines = [
      `tickTime=${TIMING.tickTimeMs}`,
      `initLimit=${TIMING.initLimit}`,
      `syncLimit=${TIMING.syncLimit}`,
      `dataDir=${data}`,
      `clientPort=${p.client}`,
      'clientPortAddress=127.0.0.1',
      'quorumListenOnAllIPs=false',
      'admin.enableServer=false',
      '4lw.commands.whitelist=srvr,mntr,stat',
    ];
    for (const [other, q] of this.ports)
      lines.push(`server.${other}=127.0.0.1:${q.quorum}:${q.election}`);
    writeFileSync(join(this.serverDir(sid), 'zoo.cfg'), `${lines.join('\n')}\n`);
  }

  isRunning(sid: number): boolean {
    const pid = this.pids.get(sid);
    return pid !== undefined && isAlive(pid);
  }

  isFrozen(sid: number): boolean {
    return this.frozen.has(sid);
  }

  /** Running and not frozen, ascending. */
  live(): number[] {
    const out: number[] = [];
    for (let sid = 1; sid <= this.servers; sid++)
      if (this.isRunning(sid) && !this.frozen.has(sid)) out.push(sid);
    return out;
  }

  pidOf(sid: number): number | undefined {
    return this.pids.get(sid);
  }

  /** Starts a JVM on the server's data dir and returns once it has started an election. */
  async start(sid: number, timeoutMs: number): Promise<void> {
    if (this.isRunning(sid)) throw new Error(`server ${sid} is already running`);
    const from = this.logSize(sid);
    const out = openSync(join(this.serverDir(sid), 'jvm.out'), 'a');
    const args = [
      ...JVM_OPTIONS,
      `-Dlog4j.configuration=file:${join(this.dir, 'log4j.properties')}`,
      `-Dzabscope.log.file=${this.logPath(sid)}`,
      '-cp',
      this.install.classpath,
      'org.apache.zookeeper.server.quorum.QuorumPeerMain',
      join(this.serverDir(sid), 'zoo.cfg'),
    ];
    try {
      this.pids.set(sid, spawnTracked(this.install.java, args, out, `server ${sid}`));
    } finally {
      closeSync(out);
    }
    await waitFor(`server ${sid} to start an election`, timeoutMs, () => {
      if (!this.isRunning(sid)) throw new Error(`server ${sid} exited: ${this.jvmOutTail(sid)}`);
      return this.logLines(sid, from).some((l) => newElection(l.message) !== null);
    });
    this.assertLoopbackOnly(sid);
  }

  async crash(sid: number): Promise<void> {
    const pid = this.pids.get(sid);
    if (pid === undefined || !isAlive(pid)) throw new Error(`server ${sid} is not running`);
    await crashProcess(pid);
    this.pids.delete(sid);
    this.frozen.delete(sid);
  }

  async freeze(sid: number): Promise<void> {
    const pid = this.pids.get(sid);
    if (pid === undefined) throw new Error(`server ${sid} is not running`);
    freezeProcess(pid);
    this.frozen.add(sid);
    await waitFor(`server ${sid} to stop`, 10_000, () => procState(pid) === 'T');
  }

  async unfreeze(sid: number): Promise<void> {
    const pid = this.pids.get(sid);
    if (pid === undefined) throw new Error(`server ${sid} is not running`);
    unfreezeProcess(pid);
    this.frozen.delete(sid);
    await waitFor(`server ${sid} to resume`, 10_000, () => procState(pid) !== 'T');
  }

  logSize(sid: number): number {
    const path = this.logPath(sid);
    return existsSync(path) ? statSync(path).size : 0;
  }

  /** The parsed lines of a server's log from a byte offset on. */
  logLines(sid: number, from: number, to?: number) {
    const path = this.logPath(sid);
    if (!existsSync(path)) return [];
    const text = readFileSync(path).subarray(from, to).toString('utf8');
    return text.split('\n').flatMap((line) => {
      const parsed = parseLogLine(line);
      return parsed ? [{ ...parsed, line }] : [];
    });
  }

  /** acceptedEpoch and currentEpoch as the server persisted them (files in its data dir). */
  epochs(sid: number): { acceptedEpoch: number | null; currentEpoch: number | null } {
    const read = (name: string) => {
      const path = join(this.serverDir(sid), 'data', 'version-2', name);
      if (!existsSync(path)) return null;
      const n = Number(readFileSync(path, 'utf8').trim());
      return Number.isSafeInteger(n) ? n : null;
    };
    return { acceptedEpoch: read('acceptedEpoch'), currentEpoch: read('currentEpoch') };
  }

  /** Refuses to go on if a JVM listens on anything but the loopback interface. */
  assertLoopbackOnly(sid: number): void {
    const pid = this.pids.get(sid);
    if (pid === undefined) return;
    const bad = listeningSockets(pid).filter((s) => !isLoopback(s.address));
    if (bad.length > 0)
      throw new Error(
        `server ${sid} listens on ${bad.map((s) => `${s.address}:${s.port}`).join(', ')}: only 127.0.0.1 is allowed`,
      );
  }

  private jvmOutTail(sid: number): string {
    const path = join(this.serverDir(sid), 'jvm.out');
    if (!existsSync(path)) return 'no output';
    const text = readFileSync(path, 'utf8').trim().split('\n').slice(-3).join(' | ');
    return text === '' ? 'no output' : text;
  }
}

/** Ports the kernel hands out for 127.0.0.1:0, all held until every one is known. */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
          const s = createServer();
          s.on('error', reject);
          s.listen(0, '127.0.0.1', () => resolve(s));
        }),
    ),
  );
  const ports = servers.map((s) => {
    const a = s.address();
    if (a === null || typeof a === 'string') throw new Error('no port from the kernel');
    return a.port;
  });
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}
