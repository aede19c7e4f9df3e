/**
 * The request path of the cost model run as events: the same tasks, with the same service times,
 * as `jobClasses` in src/sim/cost/load.ts, so that the analytic model and this simulation describe
 * the same work and differ only in what the analytic form approximates (independence of stages,
 * Poisson arrivals at every queue, the fsync residual, the gamma fit of the sum).
 *
 * ZooKeeper's path (ZAB.md section 5.1): a read is served where it arrives (FinalRequestProcessor);
 * a write's client side runs on the server the client is on, which forwards it to the leader
 * (Learner.request); the leader's PrepRequestProcessor makes the txn and ProposalRequestProcessor
 * sends a PROPOSAL to every follower and logs it itself (SyncRequestProcessor, group commit);
 * each follower logs it and ACKs (SendAckRequestProcessor); Leader.processAck counts the ACKs and
 * Leader.tryToCommit, at a quorum that includes the leader's own log, sends COMMIT to every
 * follower; the leader's CommitProcessor applies it and sends an INFORM to every observer
 * (charged to its commit job, as in jobClasses); every learner applies it on COMMIT or INFORM
 * (FollowerZooKeeperServer.commit takes the txn from pendingTxns: it does not wait for its own
 * fsync; an observer logs an INFORM but applies it at once); the reply leaves from the server
 * the client is on. Commits happen in zxid order.
 */
import {
  FORWARD_OVERHEAD_BYTES,
  PROPOSAL_OVERHEAD_BYTES,
  REPLY_OVERHEAD_BYTES,
  SMALL_PACKET_BYTES,
  TXN_LOG_OVERHEAD_BYTES,
  wireSeconds,
  type Ensemble,
  type Role,
} from '../cost/load';
import { quorumSize } from '../cost/latency';
import type { CostParams } from '../cost/params';
import { GroupCommitDisk, Station, type Loop, type Window } from './queues';

export interface SimServer {
  index: number;
  role: Role;
  cpu: Station;
  nic: Station;
  disk: GroupCommitDisk;
}

/** A write on its way through the broadcast. */
interface Txn {
  /** Position in zxid order (0-based). */
  n: number;
  /** The server its client is on (where the reply leaves). */
  origin: SimServer;
  /** Called when the reply reaches the client. */
  reply: () => void;
  /** ACKs counted so far, the leader's own log included. */
  acks: number;
  quorum: boolean;
}

/** Service and wire times of every task, in ms, from the cost parameters. */
interface Times {
  read: number;
  clientWrite: number;
  prep: number;
  ack: number;
  commitLeader: number;
  commitLearner: number;
  readReplyWire: number;
  writeReplyWire: number;
  forwardWire: number;
  proposalWire: number;
  smallWire: number;
  oneWay: number;
}

function timesOf(e: Ensemble, p: CostParams): Times {
  const ms = (us: number): number => us / 1000;
  const wire = (bytes: number): number => wireSeconds(bytes, p) * 1000;
  const followers = e.voters - 1;
  return {
    read: ms(p.readCostUs),
    clientWrite: ms(p.clientWriteCostUs),
    prep: ms(p.prepCostUs + followers * p.proposalSendCostUs),
    ack: ms(p.ackProcessCostUs),
    commitLeader: ms(p.commitCostUs + e.observers * p.proposalSendCostUs),
    commitLearner: ms(p.commitCostUs),
    readReplyWire: wire(p.requestBytes + REPLY_OVERHEAD_BYTES),
    writeReplyWire: wire(REPLY_OVERHEAD_BYTES),
    forwardWire: wire(p.requestBytes + FORWARD_OVERHEAD_BYTES),
    proposalWire: wire(p.requestBytes + PROPOSAL_OVERHEAD_BYTES),
    smallWire: wire(SMALL_PACKET_BYTES),
    oneWay: p.oneWayMs,
  };
}

export class SimEnsemble {
  /** Leader first, then followers, then observers: the servers that serve clients. */
  readonly servers: SimServer[] = [];
  private readonly t: Times;
  private readonly quorum: number;
  private readonly pending: (Txn | undefined)[] = [];
  private nextZxid = 0;
  private nextCommit = 0;
  committed = 0;

  constructor(
    private readonly loop: Loop,
    window: Window,
    e: Ensemble,
    p: CostParams,
  ) {
    this.t = timesOf(e, p);
    this.quorum = quorumSize(e.voters);
    const diskMsPerTxn = ((p.requestBytes + TXN_LOG_OVERHEAD_BYTES) / (p.diskMBps * 1e6)) * 1000;
    const total = e.voters + e.observers;
    for (let index = 0; index < total; index++) {
      const role: Role = index === 0 ? 'leader' : index < e.voters ? 'follower' : 'observer';
      this.servers.push({
        index,
        role,
        cpu: new Station(loop, window),
        nic: new Station(loop, window),
        disk: new GroupCommitDisk(loop, window, p.fsyncMs, diskMsPerTxn, p.maxBatchSize),
      });
    }
  }

  private get leader(): SimServer {
    return this.servers[0] as SimServer;
  }

  /** Sends `wireMs` of bytes from `from`'s NIC; `arrive` runs one network delay after. */
  private send(from: SimServer, wireMs: number, arrive: () => void): void {
    this.loop.at(from.nic.serve(wireMs) + this.t.oneWay, arrive);
  }

  /** A read arriving at `s`: its CPU, its reply on the NIC, one delay back to the client. */
  read(s: SimServer, done: () => void): void {
    s.cpu.run(this.t.read, () => this.send(s, this.t.readReplyWire, done));
  }

  /** A write arriving at `s` from a client; `done` runs when the reply reaches the client. */
  write(s: SimServer, done: () => void): void {
    s.cpu.run(this.t.clientWrite, () => {
      if (s.role === 'leader') this.prep(s, done);
      else this.send(s, this.t.forwardWire, () => this.prep(s, done));
    });
  }

  private prep(origin: SimServer, reply: () => void): void {
    const leader = this.leader;
    leader.cpu.run(this.t.prep, () => {
      const txn: Txn = { n: this.nextZxid++, origin, reply, acks: 0, quorum: false };
      this.pending[txn.n] = txn;
      for (const f of this.servers) {
        if (f.role !== 'follower') continue;
        this.send(leader, this.t.proposalWire, () =>
          f.disk.append(() => this.send(f, this.t.smallWire, () => this.processAck(txn))),
        );
      }
      leader.disk.append(() => this.countAck(txn));
    });
  }

  private processAck(txn: Txn): void {
    this.leader.cpu.run(this.t.ack, () => this.countAck(txn));
  }

  private countAck(txn: Txn): void {
    txn.acks++;
    if (txn.quorum || txn.acks < this.quorum) return;
    txn.quorum = true;
    // Leader.tryToCommit: zxid order; a later txn's quorum waits for every earlier commit.
    while (this.pending[this.nextCommit]?.quorum === true) {
      const next = this.pending[this.nextCommit] as Txn;
      this.pending[this.nextCommit] = undefined;
      this.nextCommit++;
      this.commit(next);
    }
  }

  private commit(txn: Txn): void {
    const leader = this.leader;
    for (const f of this.servers) {
      if (f.role === 'follower') {
        this.send(leader, this.t.smallWire, () => this.apply(f, txn, this.t.commitLearner));
      }
    }
    leader.cpu.run(this.t.commitLeader, () => {
      this.committed++;
      for (const o of this.servers) {
        if (o.role !== 'observer') continue;
        this.send(leader, this.t.proposalWire, () => {
          o.disk.append(noop);
          this.apply(o, txn, this.t.commitLearner);
        });
      }
      if (txn.origin === leader) this.send(leader, this.t.writeReplyWire, txn.reply);
    });
  }

  private apply(s: SimServer, txn: Txn, costMs: number): void {
    s.cpu.run(costMs, () => {
      if (txn.origin === s) this.send(s, this.t.writeReplyWire, txn.reply);
    });
  }
}

function noop(): void {}
