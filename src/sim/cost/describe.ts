/**
 * English for the checker's findings and the model's resource codes, for the CLI (the app renders
 * the same codes through its i18n layer). One table keyed by code, so a new code without its
 * sentence does not compile.
 */
import type { Bottleneck } from './analytic';
import type { Finding, FindingCode } from './checker';

const RESOURCE_NAMES: Record<Bottleneck, string> = {
  'leader.cpu': "the leader's CPU",
  'leader.nic': "the leader's network link",
  'leader.disk': "the leader's txn-log disk",
  'follower.cpu': "each follower's CPU",
  'follower.nic': "each follower's network link",
  'follower.disk': "each follower's txn-log disk",
  'observer.cpu': "each observer's CPU",
  'observer.nic': "each observer's network link",
  'observer.disk': "each observer's txn-log disk",
  clients: "the clients' outstanding requests",
};

export function describeBottleneck(b: Bottleneck): string {
  return RESOURCE_NAMES[b];
}

const ms = (x: number): string => `${Math.round(x * 100) / 100} ms`;
const ops = (x: number): string => `${Math.round(x).toLocaleString('en-US')} ops/s`;
const pct = (x: number): string => `${Math.round(x * 100)}%`;

type Renderers = { [C in FindingCode]: (f: Extract<Finding, { code: C }>) => string };

const ENGLISH: Renderers = {
  'session.timeout-below-min': (f) =>
    `a session timeout of ${ms(f.requestedMs)} is below minSessionTimeout (2 x tickTime = ${ms(f.minMs)}); ZooKeeperServer.processConnectRequest raises it to ${ms(f.minMs)}`,
  'session.timeout-above-max': (f) =>
    `a session timeout of ${ms(f.requestedMs)} is above maxSessionTimeout (20 x tickTime = ${ms(f.maxMs)}); ZooKeeperServer.processConnectRequest lowers it to ${ms(f.maxMs)}`,
  'observers.without-quorum': (f) =>
    `${f.observers} observer(s) with a single voter: QuorumPeerConfig refuses to start ("Observers w/o quorum is an invalid configuration")`,
  'voters.standalone': () =>
    'a single voter runs as a standalone server: no replication, and its failure stops the service',
  'voters.no-fault-tolerance': () =>
    'two voters need both for a quorum, so no failure is tolerated (ZooKeeper logs "No server failure will be tolerated")',
  'voters.even': (f) =>
    `${f.voters} voters tolerate ${f.toleratedFailures} failure(s), as ${f.voters - 1} do, while every write waits for one ACK more (ZooKeeper logs "Non-optimal configuration, consider an odd number of servers")`,
  'voters.many-for-writes': (f) =>
    `${f.voters} voters with ${pct(f.writeRatio)} writes: every voter adds a PROPOSAL and an ACK per write on the leader; writes saturate at ${ops(f.writeOpsPerSec)} here, ${ops(f.writeOpsPerSecWithFewer)} with ${f.fewerVoters} voters`,
  'observers.for-read-scale': (f) =>
    `with ${pct(f.readRatio)} reads, ${f.suggestedVoters} voters and ${f.suggestedObservers} observer(s) serve the same reads; observers do not vote, so writes wait for fewer ACKs`,
  'observers.add-leader-work': (f) =>
    `each of the ${f.observers} observer(s) costs the leader an INFORM per write, and ${describeBottleneck(f.bottleneck)} is what limits throughput`,
  'load.over-capacity': (f) =>
    f.bottleneck === 'clients'
      ? `the offered ${ops(f.offeredOpsPerSec)} exceed what the clients' requests in flight can drive (${ops(f.throughputOpsPerSec)}): add clients or let each keep more requests outstanding`
      : `the offered ${ops(f.offeredOpsPerSec)} exceed the saturated ${ops(f.throughputOpsPerSec)} (limited by ${describeBottleneck(f.bottleneck)}): queues grow without bound, and followers whose ACKs lag past syncLimit x tickTime are dropped`,
  'load.past-knee': (f) =>
    `the offered ${ops(f.offeredOpsPerSec)} are past the knee at ${ops(f.kneeOpsPerSec)}: latency now grows faster than throughput`,
  'syncLimit.shorter-than-ack': (f) =>
    `syncLimit x tickTime (${ms(f.syncLimitMs)}) is shorter than a write's p99 at this load (${ms(f.writeP99Ms)}): the leader closes a follower whose oldest PROPOSAL waits longer for its ACK`,
  'initLimit.shorter-than-snapshot': (f) =>
    `initLimit x tickTime (${ms(f.initLimitMs)}) is shorter than sending and writing a ${f.snapshotMB} MB snapshot (${ms(f.snapshotMs)}): a learner that needs a SNAP can never finish synchronizing`,
  'session.expires-on-failover': (f) =>
    f.by === 'server'
      ? `after a leader ${f.mode === 'crash' ? 'crash' : 'freeze'}, the new leader gives every session a fresh ${ms(f.timeoutMs)}, but a client may take up to ${ms(f.reconnectMs)} to reconnect (ClientCnxn's random back-off and host-list spin): its session expires`
      : `after a leader ${f.mode === 'crash' ? 'crash' : 'freeze'}, its clients go ${ms(f.clientGapMs)} without a server, more than 4/3 of the ${ms(f.timeoutMs)} session timeout: clients since 3.9.3 expire their own sessions`,
};

const SEVERITY_WORDS = { refused: 'refused', unwise: 'unwise', note: 'note' } as const;

/** One line: the severity, the code and the sentence. */
export function describeFinding(f: Finding): string {
  const render = ENGLISH[f.code] as (finding: Finding) => string;
  return `${SEVERITY_WORDS[f.severity]} [${f.code}]: ${render(f)}`;
}
