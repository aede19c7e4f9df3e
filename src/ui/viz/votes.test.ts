/** The election picture: arrows from LOOKING voters to their candidates and a tally per candidate. */
import { describe, expect, it } from 'vitest';
import type { ServerView } from '../../protocol/frame';
import { electionPicture } from './votes';

function server(
  sid: number,
  state: ServerView['state'],
  votesFor: number | null,
  observer = false,
) {
  const z = { epoch: 0, counter: 0 };
  return {
    sid,
    observer,
    state,
    vote: votesFor === null ? null : { leader: votesFor, zxid: z, peerEpoch: 0, round: 1 },
  } as ServerView;
}

describe('electionPicture', () => {
  it('draws an arrow per vote for another server and counts each candidate’s backers', () => {
    const p = electionPicture([
      server(1, 'LOOKING', 5),
      server(2, 'LOOKING', 5),
      server(3, 'LOOKING', 3),
      server(4, 'DOWN', null),
      server(5, 'LOOKING', 5),
    ]);
    expect(p.arrows).toEqual([
      { from: 1, to: 5 },
      { from: 2, to: 5 },
    ]);
    expect(p.tally.get(5)).toEqual({ count: 3, quorum: 3 });
    expect(p.tally.get(3)).toEqual({ count: 1, quorum: 3 });
    expect(p.tally.has(1)).toBe(false);
  });

  it('leaves observers out of both the votes and the quorum', () => {
    const p = electionPicture([
      server(1, 'LOOKING', 3),
      server(2, 'LOOKING', 3),
      server(3, 'LOOKING', 3),
      server(4, 'LOOKING', 3, true),
    ]);
    expect(p.tally.get(3)).toEqual({ count: 3, quorum: 2 });
    expect(p.arrows.map((a) => a.from)).toEqual([1, 2]);
  });

  it('is empty once nobody is LOOKING', () => {
    const p = electionPicture([server(1, 'FOLLOWING', null), server(2, 'LEADING', null)]);
    expect(p.arrows).toEqual([]);
    expect(p.tally.size).toBe(0);
  });
});
