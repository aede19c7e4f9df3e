/**
 * Observing the real ensemble at a checkpoint. A checkpoint waits until the ensemble is stable:
 * with a quorum of live (running, unfrozen) servers, exactly one serves as leader and every other
 * live server serves as its follower in the same epoch; without a quorum, every live server is
 * LOOKING. The state must hold for several polls in a row. Then it reads, for the lines each
 * server logged since the previous checkpoint, the sync mode each learner got and the zxid each
 * server started an election with.
 */
import { openSync, readSync, closeSync, existsSync, statSync } from 'node:fs';
import type { Ensemble } from './ensemble';
import { srvr } from './fourLetter';
import {
  initialVoteNotification,
  isDecisive,
  learnerSyncMode,
  newElection,
  peerState,
} from './logLines';
import type { RealCheckpoint } from './outcomes';
import { sorted, type SyncMode } from './spec';
import { waitFor } from './wait';

type Role = 'LEADING' | 'FOLLOWING' | 'LOOKING' | 'other';

interface Poll {
  roles: Map<number, Role>;
  zxids: Map<number, string | null>;
}

/** Polls in a row that must agree before a state counts as stable. */
const STABLE_POLLS = 4;
const LINES_PER_CHECKPOINT = 40;

export class Observer {
  /** Per server, the byte offset where the next checkpoint's lines begin. */
  private offsets = new Map<number, number>();
  /** Per server, where its current JVM's lines begin (to read its latest state line). */
  private incarnationStart = new Map<number, number>();

  constructor(private readonly ensemble: Ensemble) {}

  /** Called before a server's JVM starts. */
  noteStart(sid: number): void {
    this.incarnationStart.set(sid, this.ensemble.logSize(sid));
  }

  async checkpoint(name: string, timeoutMs: number): Promise<RealCheckpoint> {
    let last = '';
    let streak = 0;
    let poll: Poll | null = null;
    await waitFor(`a stable ensemble at checkpoint ${name}`, timeoutMs, async () => {
      poll = await this.poll();
      const summary = this.stableSummary(poll);
      streak = summary !== null && summary === last ? streak + 1 : summary === null ? 0 : 1;
      last = summary ?? '';
      return streak >= STABLE_POLLS;
    }).catch((e: Error) => {
      throw new Error(`${e.message}; last seen: ${describe(poll)}`);
    });
    for (const sid of this.ensemble.live()) this.ensemble.assertLoopbackOnly(sid);
    return this.record(name, poll!);
  }

  private async poll(): Promise<Poll> {
    const roles = new Map<number, Role>();
    const zxids = new Map<number, string | null>();
    for (const sid of this.ensemble.live()) {
      const s = await srvr(this.ensemble.ports.get(sid)!.client);
      zxids.set(sid, s?.zxid ?? null);
      if (s?.mode === 'leader') roles.set(sid, 'LEADING');
      else if (s?.mode === 'follower') roles.set(sid, 'FOLLOWING');
      else roles.set(sid, this.latestState(sid) === 'looking' ? 'LOOKING' : 'other');
    }
    return { roles, zxids };
  }

  /** A summary string when the poll shows a stable ensemble, else null. */
  private stableSummary(p: Poll): string | null {
    const live = [...p.roles.keys()];
    const quorum = Math.floor(this.ensemble.servers / 2) + 1;
    const of = (r: Role) => live.filter((sid) => p.roles.get(sid) === r);
    if (live.length < quorum)
      return of('LOOKING').length === live.length ? `looking ${live}` : null;
    const leaders = of('LEADING');
    if (leaders.length !== 1 || of('FOLLOWING').length !== live.length - 1) return null;
    const epoch = this.ensemble.epochs(leaders[0]!).currentEpoch;
    if (of('FOLLOWING').some((sid) => this.ensemble.epochs(sid).currentEpoch !== epoch))
      return null;
    return `leader ${leaders[0]} epoch ${epoch} followers ${of('FOLLOWING')}`;
  }

  private latestState(sid: number): string | null {
    const lines = this.ensemble.logLines(sid, this.incarnationStart.get(sid) ?? 0);
    for (let i = lines.length - 1; i >= 0; i--) {
      const state = peerState(lines[i]!.message);
      if (state !== null) return state;
    }
    return null;
  }

  private record(name: string, p: Poll): RealCheckpoint {
    const live = [...p.roles.keys()];
    const leader = live.find((sid) => p.roles.get(sid) === 'LEADING') ?? null;
    const syncModes: Record<string, SyncMode> = {};
    const voteZxids: Record<string, string> = {};
    const lines: string[] = [];
    const servers: RealCheckpoint['servers'] = {};
    const votesSeen = new Set<string>();
    for (let sid = 1; sid <= this.ensemble.servers; sid++) {
      const from = this.offsets.get(sid) ?? 0;
      const to = completeLinesEnd(this.ensemble.logPath(sid));
      for (const l of this.ensemble.logLines(sid, from, to)) {
        const mode = learnerSyncMode(l.message);
        if (mode !== null) syncModes[String(sid)] = mode;
        const vote = newElection(l.message);
        if (vote !== null) voteZxids[String(sid)] = vote.zxid;
        const n = initialVoteNotification(l.message);
        const key = n === null ? '' : `${n.sid}/${n.round}`;
        if (n !== null && !votesSeen.has(key)) {
          votesSeen.add(key);
          lines.push(`S${sid} ${l.line}`);
        } else if (isDecisive(l.message)) lines.push(`S${sid} ${l.line}`);
      }
      this.offsets.set(sid, to);
      servers[String(sid)] = { zxid: p.zxids.get(sid) ?? null, ...this.ensemble.epochs(sid) };
    }
    return {
      name,
      leader,
      epoch: leader === null ? null : this.ensemble.epochs(leader).currentEpoch,
      followers: live.filter((sid) => p.roles.get(sid) === 'FOLLOWING'),
      looking: live.filter((sid) => p.roles.get(sid) === 'LOOKING'),
      unsettled: live.filter((sid) => p.roles.get(sid) === 'other'),
      syncModes: sorted(syncModes),
      voteZxids: sorted(voteZxids),
      servers,
      lines: byTime(lines).slice(-LINES_PER_CHECKPOINT),
    };
  }
}

/** Lines of several servers in time order (each starts with `S<sid> ` then the timestamp). */
function byTime(lines: string[]): string[] {
  const time = (l: string) => l.slice(l.indexOf(' ') + 1, l.indexOf(' ') + 24);
  return lines.slice().sort((a, b) => (time(a) < time(b) ? -1 : time(a) > time(b) ? 1 : 0));
}

/** The file size up to and including the last newline: a half-written line waits for the next. */
function completeLinesEnd(path: string): number {
  if (!existsSync(path)) return 0;
  const size = statSync(path).size;
  const fd = openSync(path, 'r');
  try {
    const tail = Buffer.alloc(Math.min(size, 64 * 1024));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    const nl = tail.lastIndexOf(0x0a);
    return nl < 0 ? size - tail.length : size - tail.length + nl + 1;
  } finally {
    closeSync(fd);
  }
}

function describe(p: Poll | null): string {
  if (p === null) return 'nothing';
  return [...p.roles].map(([sid, r]) => `S${sid} ${r}`).join(', ') || 'no live server';
}
