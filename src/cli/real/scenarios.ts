/**
 * The built-in scenarios of the check against real ZooKeeper. Each one is built so that its real
 * outcome does not depend on timing luck: servers start one at a time (the next only once the
 * previous one is LOOKING), and a checkpoint separates every two steps whose order of effects
 * could race (for example whether a learner syncs before or after its leader activates, which
 * decides between an empty DIFF and a SNAP). Pure data.
 */
import type { RealScenario, RealStep } from './spec';

const start = (sid: number): RealStep => ({ do: 'start', sid });
const restart = (sid: number): RealStep => ({ do: 'restart', sid });
const crash = (sid: number): RealStep => ({ do: 'crash', sid });
const freeze = (sid: number): RealStep => ({ do: 'freeze', sid });
const unfreeze = (sid: number): RealStep => ({ do: 'unfreeze', sid });
const write = (via: number, count: number): RealStep => ({ do: 'write', via, count });
const checkpoint = (name: string): RealStep => ({ do: 'checkpoint', name });

/** 3 leads epoch 1 with 1 (empty DIFF before activation); 2 joins later and gets a SNAP. */
const coldStart3 = [start(3), start(1), checkpoint('first-quorum'), start(2)];
/** 3 leads epoch 1 with 2 (empty DIFF, votes 0x0); 1 joins later (SNAP, votes 0x100000000). */
const snapFirst = [start(3), start(2), checkpoint('first-quorum'), start(1)];

/** Then 4 txns through 1 (session, create, setData, close): every server at 0x100000004. */
const writtenEverywhere = [
  ...coldStart3,
  checkpoint('late-joiner'),
  write(1, 2),
  checkpoint('written'),
];

/** 11 sessions of 52 txns through `via`: more than the 500 of a committed log. */
const manyWrites = (via: number): RealStep[] => Array.from({ length: 11 }, () => write(via, 50));

/** 5 leads epoch 1 with 1 and 2 (empty DIFFs); 3 and 4 join later (SNAPs). */
const coldStart5 = [
  start(5),
  start(1),
  start(2),
  checkpoint('first-quorum'),
  start(3),
  start(4),
  checkpoint('late-joiners'),
];

/**
 * Leader 3 logs a createSession that no follower ever receives (both are frozen, then killed with
 * the proposal unread in their sockets), so it is never committed. 1 and 2 come back and elect 2
 * in epoch 2; 3 stays down with the uncommitted txn 0x100000005 at the tail of its log.
 */
const uncommittedOnOldLeader = [
  ...writtenEverywhere,
  freeze(1),
  freeze(2),
  { do: 'uncommitted-session', via: 3 } as const,
  crash(1),
  crash(2),
  checkpoint('leader-alone'),
  crash(3),
  restart(1),
  restart(2),
  checkpoint('new-leader'),
];

export const BUILT_IN_SCENARIOS: RealScenario[] = [
  {
    id: 'cold-start-3',
    title: 'Cold start, 3 servers, one at a time',
    rule: 'The highest sid of the first quorum leads epoch 1; a learner that registers after activation gets a SNAP.',
    servers: 3,
    steps: [...coldStart3, checkpoint('late-joiner')],
  },
  {
    id: 'cold-start-5',
    title: 'Cold start, 5 servers, one at a time',
    rule: 'The first quorum (5, 1, 2) elects 5; 3 and 4 join the established leader through out-of-election votes.',
    servers: 5,
    steps: coldStart5,
  },
  {
    id: 'leader-kill-equal-logs',
    title: 'Writes, then the leader is killed; the survivors have equal logs',
    rule: 'With equal (peerEpoch, zxid) the higher sid wins; the restarted old leader syncs by DIFF.',
    servers: 3,
    steps: [
      ...writtenEverywhere,
      crash(3),
      checkpoint('leader-killed'),
      restart(3),
      checkpoint('old-leader-back'),
    ],
  },
  {
    id: 'snap-synced-wins',
    title: 'A SNAP-synced follower with the lower sid wins the next election',
    rule: 'ZAB.md 1.4: a SNAP sets lastProcessedZxid to the snapshot zxid (1,0), which beats 0x0 of a follower synced by an empty DIFF.',
    servers: 3,
    steps: [...snapFirst, checkpoint('late-joiner'), crash(3), checkpoint('leader-killed')],
  },
  {
    id: 'snap-zxid-survives-restart',
    title: 'The snapshot zxid survives a restart and still decides the election',
    rule: 'ZAB.md 1.4: on restart the vote zxid is max(snapshot zxid, txns logged after), so a restarted SNAP-synced follower still votes (1,0).',
    servers: 3,
    steps: [
      ...snapFirst,
      checkpoint('late-joiner'),
      crash(1),
      restart(1),
      checkpoint('follower-restarted'),
      crash(3),
      checkpoint('leader-killed'),
    ],
  },
  {
    id: 'just-activated-leader-wins',
    title: 'A leader that lost its quorum before any write wins with (e,0)',
    rule: 'ZAB.md 1.4: leader activation sets lastProcessedZxid to (e,0); with no write since, it beats a follower whose last txn is older, whatever the sids.',
    servers: 3,
    steps: [
      ...coldStart3,
      checkpoint('late-joiner'),
      write(1, 3),
      checkpoint('written'),
      crash(2),
      write(1, 2),
      checkpoint('written-without-2'),
      crash(3),
      checkpoint('no-quorum'),
      restart(2),
      checkpoint('highest-zxid-leads'),
      crash(2),
      checkpoint('leader-lost-quorum'),
      restart(2),
      checkpoint('activated-leader-decides'),
    ],
  },
  {
    id: 'follower-restart-diff',
    title: 'A follower misses writes while down and catches up by DIFF',
    rule: "A restarted follower whose last zxid is in the leader's committed log gets a DIFF with the missing txns; the leader and epoch do not change.",
    servers: 3,
    steps: [
      ...coldStart3,
      checkpoint('late-joiner'),
      write(2, 2),
      checkpoint('written'),
      crash(1),
      write(2, 3),
      checkpoint('written-without-1'),
      restart(1),
      checkpoint('follower-back'),
    ],
  },
  {
    id: 'trunc-uncommitted',
    title: 'An old leader with an uncommitted txn is truncated',
    rule: 'A txn logged only by a leader that then lost its quorum is never committed: the next leader sends the old leader a TRUNC to its last committed zxid.',
    servers: 3,
    steps: [...uncommittedOnOldLeader, restart(3), checkpoint('old-leader-truncated')],
  },
  {
    id: 'snap-across-epochs',
    title: 'An uncommitted txn of an older epoch, after the new leader wrote: SNAP, not TRUNC',
    rule: "A TRUNC may not cross an epoch boundary: when the leader's next txn after the learner's uncommitted one is of a newer epoch, the learner gets a SNAP.",
    servers: 3,
    steps: [
      ...uncommittedOnOldLeader,
      write(1, 2),
      checkpoint('written-in-epoch-2'),
      restart(3),
      checkpoint('old-leader-snapped'),
    ],
  },
  {
    id: 'frozen-leader',
    title: 'A frozen leader (SIGSTOP) is left after syncLimit',
    rule: 'Followers that hear nothing for syncLimit x tickTime go LOOKING and elect among themselves; the thawed leader finds it lost its quorum and follows.',
    servers: 3,
    steps: [
      ...writtenEverywhere,
      freeze(3),
      checkpoint('followers-elect'),
      unfreeze(3),
      checkpoint('old-leader-follows'),
    ],
  },
  {
    id: 'leader-loses-quorum',
    title: 'Both followers frozen: the leader steps down, then wins again',
    rule: 'A leader without a quorum of live followers for syncLimit goes LOOKING; the thawed followers vote with their lastProcessedZxid (0x0 after an empty DIFF, (1,0) after a SNAP).',
    servers: 3,
    steps: [
      ...coldStart3,
      checkpoint('late-joiner'),
      freeze(1),
      freeze(2),
      checkpoint('leader-alone'),
      unfreeze(1),
      checkpoint('re-elected'),
      unfreeze(2),
      checkpoint('second-follower-back'),
    ],
  },
  {
    id: 'snap-synced-wins-5',
    title: 'Five servers: a SNAP-synced follower with the lowest sid wins',
    rule: 'ZAB.md 1.4 with 5 servers: 1 joined after activation (SNAP, (1,0)) and beats 3 and 4 (empty DIFF, 0x0).',
    servers: 5,
    steps: [
      start(5),
      start(3),
      start(4),
      checkpoint('first-quorum'),
      start(1),
      checkpoint('late-joiner'),
      crash(5),
      checkpoint('leader-killed'),
    ],
  },
  {
    id: 'highest-zxid-wins-5',
    title: 'Five servers: after writes the highest zxid wins, not the highest sid',
    rule: 'The election compares (peerEpoch, zxid, sid): 2 with the most txns beats 3, which missed writes while down.',
    servers: 5,
    steps: [
      ...coldStart5,
      write(1, 2),
      checkpoint('written'),
      crash(3),
      crash(4),
      write(2, 2),
      checkpoint('written-without-3-4'),
      crash(5),
      checkpoint('no-quorum'),
      restart(3),
      checkpoint('highest-zxid-leads'),
      restart(4),
      checkpoint('all-back'),
    ],
  },
  // Not a rule of elections: it records a session expiry in real logs for the log parser's
  // fixtures (docs/LOGS.md). The leader, not the server the client used, expires the session.
  {
    id: 'session-expiry',
    title: 'A client dies without closing its session; the leader expires it',
    rule: 'A session whose client stops pinging is expired by the leader after its timeout (ZAB.md 6.3), whichever server it was opened on.',
    servers: 3,
    steps: [
      ...coldStart3,
      checkpoint('late-joiner'),
      { do: 'expire-session', via: 1 },
      checkpoint('session-expired'),
    ],
  },
  {
    id: 'idle-leader-snap',
    title: 'A leader frozen right after its activation rejoins at (e,0) and gets a SNAP',
    rule: 'ZAB.md 4.4: a learner at (e,0) above the leader\'s maxCommittedLog is never truncated; syncFollower logs "Unhandled scenario" and sends a SNAP.',
    servers: 3,
    steps: [
      ...writtenEverywhere,
      crash(3),
      checkpoint('idle-leader'),
      freeze(2),
      checkpoint('follower-alone'),
      restart(3),
      checkpoint('new-leader'),
      unfreeze(2),
      checkpoint('idle-leader-back'),
    ],
  },
  {
    id: 'txnlog-diff',
    title: 'A follower more than 500 txns behind gets a DIFF from the txn log',
    rule: "ZAB.md 4.4 rule 4: below minCommittedLog the leader reads its txn log; with a single log file the read crosses no later file, so ZKDatabase.getProposalsFromTxnLog's size limit allows it.",
    servers: 3,
    steps: [
      ...writtenEverywhere,
      crash(1),
      ...manyWrites(2),
      checkpoint('written-without-1'),
      restart(1),
      checkpoint('follower-back'),
    ],
  },
  {
    id: 'txnlog-size-limit',
    title: 'A follower more than 500 txns behind a restarted leader gets a SNAP',
    rule: "ZAB.md 4.4 rule 4: the read from the follower's zxid would cross the leader's second txn-log file (64 MiB preallocated), over the limit of 0.33 x its snapshot's size, so the leader sends a SNAP.",
    servers: 3,
    steps: [
      ...writtenEverywhere,
      crash(1),
      crash(3),
      restart(3),
      checkpoint('restarted-leader'),
      ...manyWrites(2),
      checkpoint('written-without-1'),
      restart(1),
      checkpoint('follower-back'),
    ],
  },
];

export function builtInScenario(id: string): RealScenario | undefined {
  return BUILT_IN_SCENARIOS.find((s) => s.id === id);
}
