/**
 * Proves two details of FastLeaderElection.lookForLeader that decide when a server finalizes
 * (ZAB.md 3.5, the audit's F1 and F5), on one server's election state driven through fle.ts with a
 * recording fake port: the initial vote is the data tree's lastProcessedZxid (not the last logged
 * txn), and the quorum check runs only right after a LOOKING notification of the current round,
 * never after a FOLLOWING/LEADING reply, a lower-round notification or a timeout.
 */
import { describe, expect, it } from 'vitest';
import { freshContext, type ServerContext } from './context';
import * as fle from './fle';
import type { ServerPort } from './port';
import type { LastProcessedOrigin } from './voteOrigin';
import type { Vote } from './vote';
import { makeZxid, type Zxid } from './zxid';

interface FakePort {
  port: ServerPort;
  lines: { text: string; data?: Record<string, unknown> }[];
}

/** Only what fle.ts touches; anything else throws. */
function fakePort(lastProcessed: Zxid, origin: LastProcessedOrigin, lastLogged: Zxid): FakePort {
  const lines: FakePort['lines'] = [];
  const port = {
    nowMs: 0,
    disk: { currentEpoch: 1, acceptedEpoch: 1, lastLoggedZxid: () => lastLogged },
    send: () => undefined,
    setTimer: () => undefined,
    cancelTimer: () => undefined,
    log: (text: string, data?: Record<string, unknown>) => lines.push({ text, data }),
    ghost: () => undefined,
    lastProcessedZxid: () => lastProcessed,
    lastProcessedOrigin: () => origin,
  };
  return {
    port: new Proxy(port, {
      get(target, key) {
        if (key in target) return target[key as keyof typeof target];
        throw new Error(`fake port: ${String(key)} is not expected here`);
      },
    }) as unknown as ServerPort,
    lines,
  };
}

function server(sid: number, p: FakePort): ServerContext {
  const ctx = freshContext({
    sid,
    voters: [1, 2, 3, 4, 5],
    observers: [],
    tickTimeMs: 2000,
    initLimit: 10,
    syncLimit: 5,
    commitLogCount: 500,
  });
  fle.startRound(ctx, p.port, 0);
  return ctx;
}

const vote = (
  leader: number,
  zxid: Zxid,
  state: Vote['state'],
  round = 1,
  peerEpoch = 1,
): Vote => ({
  leader,
  zxid,
  peerEpoch,
  electionEpoch: round,
  state,
});

describe('the initial vote', () => {
  it('is the data tree lastProcessedZxid, with its origin in the trace', () => {
    const p = fakePort(makeZxid(1, 0), { origin: 'snap', from: 3 }, makeZxid(0, 0));
    const ctx = server(1, p);
    expect(ctx.election?.proposal.zxid).toEqual(makeZxid(1, 0));
    expect(p.lines[0]).toEqual({
      text: 'New election. My id = 1, proposed zxid=0x100000000',
      data: {
        kind: 'newElection',
        round: 1,
        zxid: '0x100000000',
        peerEpoch: 1,
        origin: { origin: 'snap', from: 3 },
      },
    });
  });
});

describe('the quorum check (F5)', () => {
  const z = makeZxid(1, 3);
  function fresh() {
    const p = fakePort(z, { origin: 'commit' }, z);
    const ctx = server(2, p);
    return { p, ctx };
  }

  it('runs after a LOOKING notification of the round completes a quorum', () => {
    const { p, ctx } = fresh();
    fle.quorumChecked(ctx);
    fle.receive(ctx, 2, vote(2, z, 'LOOKING'), p.port);
    fle.receive(ctx, 1, vote(2, z, 'LOOKING'), p.port);
    expect(fle.proposalHasQuorum(ctx)).toBe(false); // two of five
    fle.quorumChecked(ctx);
    fle.receive(ctx, 3, vote(2, z, 'LOOKING'), p.port);
    expect(fle.proposalHasQuorum(ctx)).toBe(true);
  });

  it('does not run again after a FOLLOWING reply that interrupted finalizeWait', () => {
    // 1, 2 and 3 of five vote for 3: a quorum, so 2 finalizes. Then a stale FOLLOWING reply from
    // 4, still following a dead 5 with the same zxid, is better than the proposal: finalize
    // stops and the reply is processed. The old quorum is still in recvset, but ZooKeeper does
    // not check it again until the next LOOKING notification arrives.
    const { p, ctx } = fresh();
    for (const from of [1, 2, 3]) fle.receive(ctx, from, vote(3, z, 'LOOKING'), p.port);
    expect(fle.proposalHasQuorum(ctx)).toBe(true);
    fle.quorumChecked(ctx); // entering finalizing
    const stale = vote(5, z, 'FOLLOWING');
    expect(fle.isBetterThanProposal(ctx, stale)).toBe(true);
    fle.quorumChecked(ctx); // the machine's collect action
    fle.receive(ctx, 4, stale, p.port);
    expect(ctx.election?.decision).toBeNull();
    expect(fle.proposalHasQuorum(ctx)).toBe(false);
    fle.quorumChecked(ctx);
    fle.receive(ctx, 2, vote(3, z, 'LOOKING'), p.port);
    expect(fle.proposalHasQuorum(ctx)).toBe(true);
  });

  it('does not run after a lower-round LOOKING notification', () => {
    const { p, ctx } = fresh();
    for (const from of [1, 2, 4]) fle.receive(ctx, from, vote(2, z, 'LOOKING'), p.port);
    fle.quorumChecked(ctx);
    fle.receive(ctx, 3, vote(3, z, 'LOOKING', 0), p.port);
    expect(fle.proposalHasQuorum(ctx)).toBe(false);
  });
});
