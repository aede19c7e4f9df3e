// Proves the "Your turn" checks (issue 16) on hand-made frames: each task is done exactly when the
// simulation's state says so, and a near miss gets the code that explains what happened instead
// (a freeze for a crash, a crashed follower, a side that keeps a quorum, a write that may still
// commit). Also the lesson links' form (urlState) and the store's moments of a lesson.
import { describe, expect, it } from 'vitest';
import type { Frame, ServerView } from '../../protocol/frame';
import { lessonHash, parseLessonHash } from '../share/urlState';
import { createAppStore } from '../store/appStore';
import { testFrame, testServer } from '../store/frameTestKit';
import { shownMoment } from '../store/learnSlice';
import { checkTask, leaderOf, type TaskContext } from './taskChecks';

type Patch = Partial<ServerView>;

/** Five servers in epoch 1, S5 leading, each with two transactions logged and delivered. */
function server(sid: number, patch: Patch = {}): ServerView {
  const z = { epoch: 1, counter: 2 };
  return testServer(sid, {
    state: sid === 5 ? 'LEADING' : 'FOLLOWING',
    phase: 'broadcast',
    acceptedEpoch: 1,
    currentEpoch: 1,
    lastZxid: z,
    delivered: 2,
    lastDelivered: z,
    leader: 5,
    logLength: 2,
    ...patch,
  });
}

function frame(patches: Record<number, Patch> = {}, partition: number[][] | null = null): Frame {
  return testFrame(
    [1, 2, 3, 4, 5].map((sid) => server(sid, patches[sid])),
    { partition },
  );
}

const story: TaskContext = { leader: 5, crashedByLearner: [] };

describe('killLeader', () => {
  it('is done when the story leader is down', () => {
    expect(checkTask('killLeader', frame(), story).code).toBe('todo');
    const r = checkTask('killLeader', frame({ 5: { state: 'DOWN' } }), story);
    expect(r).toEqual({ done: true, code: 'leaderDown', params: { sid: 5 } });
  });

  it('says so when the leader was frozen, or a follower crashed instead', () => {
    expect(checkTask('killLeader', frame({ 5: { frozen: true } }), story).code).toBe(
      'leaderFrozenNotCrashed',
    );
    const context = { leader: 5, crashedByLearner: [2] };
    const r = checkTask('killLeader', frame({ 2: { state: 'DOWN' } }), context);
    expect(r).toEqual({ done: false, code: 'followerCrashed', params: { sid: 2, leader: 5 } });
    // A server the script crashed earlier is not the learner's mistake.
    expect(checkTask('killLeader', frame({ 2: { state: 'DOWN' } }), story).code).toBe('todo');
  });
});

describe('noQuorumPartition', () => {
  it('is done only when no side has a quorum of running voters', () => {
    expect(checkTask('noQuorumPartition', frame(), story).code).toBe('todo');
    const split = checkTask(
      'noQuorumPartition',
      frame({}, [
        [1, 2],
        [3, 4, 5],
      ]),
      story,
    );
    expect(split).toEqual({
      done: false,
      code: 'sideHasQuorum',
      params: { sids: '3, 4, 5', quorum: 3 },
    });
    // One server crashed first: 2 and 2 running, and 3 is a quorum of 5.
    const done = checkTask(
      'noQuorumPartition',
      frame({ 5: { state: 'DOWN' } }, [
        [1, 2],
        [3, 4, 5],
      ]),
      story,
    );
    expect(done).toEqual({ done: true, code: 'noSideHasQuorum', params: { quorum: 3 } });
  });
});

describe('freezeLeader', () => {
  it('waits for a follower to notice, and tells a crash from a freeze', () => {
    expect(checkTask('freezeLeader', frame(), story).code).toBe('todo');
    expect(checkTask('freezeLeader', frame({ 5: { frozen: true } }), story).code).toBe(
      'frozenWaiting',
    );
    const noticed = frame({ 5: { frozen: true }, 3: { state: 'LOOKING' } });
    expect(checkTask('freezeLeader', noticed, story)).toEqual({
      done: true,
      code: 'syncLimitNoticed',
      params: { sid: 3 },
    });
    expect(checkTask('freezeLeader', frame({ 5: { state: 'DOWN' } }), story).code).toBe(
      'leaderCrashedNotFrozen',
    );
  });
});

describe('uncommittedWrite', () => {
  const logged = { lastZxid: { epoch: 1, counter: 3 } };

  it('is done when a logged write past every delivered one is stranded without a quorum', () => {
    expect(checkTask('uncommittedWrite', frame(), story).code).toBe('todo');
    expect(checkTask('uncommittedWrite', frame({ 5: logged }), story).code).toBe('mayStillCommit');
    const isolated = frame({ 5: logged }, [[5], [1, 2, 3, 4]]);
    expect(checkTask('uncommittedWrite', isolated, story)).toEqual({
      done: true,
      code: 'loggedNotCommitted',
      params: { sid: 5, zxid: '0x100000003' },
    });
    const crashed = frame({ 5: { ...logged, state: 'DOWN' } });
    expect(checkTask('uncommittedWrite', crashed, story).done).toBe(true);
  });

  it('is not done while a running server with a quorum holds the write too', () => {
    // The old leader crashed with the write, but the new leader logged it: it will commit it.
    const f = frame({ 5: { ...logged, state: 'DOWN' }, 4: logged });
    expect(checkTask('uncommittedWrite', f, story)).toEqual({
      done: false,
      code: 'mayStillCommit',
      params: { sid: 4 },
    });
    // Held by a side without a quorum only: stranded.
    const cut = frame({ 5: { ...logged, state: 'DOWN' }, 4: logged }, [[4], [1, 2, 3, 5]]);
    expect(checkTask('uncommittedWrite', cut, story).done).toBe(true);
    // A later epoch does not count as holding it (its log may have truncated the write).
    const later = frame({
      5: { ...logged, state: 'DOWN' },
      4: { lastZxid: { epoch: 2, counter: 1 } },
    });
    expect(checkTask('uncommittedWrite', later, story)).toMatchObject({
      done: true,
      params: { sid: 5, zxid: '0x100000003' },
    });
  });

  it('is not done once the write is delivered somewhere (it was committed)', () => {
    const delivered = { lastDelivered: { epoch: 1, counter: 3 } };
    const f = frame({ 5: { ...logged, state: 'DOWN' }, 1: { ...logged, ...delivered } });
    expect(checkTask('uncommittedWrite', f, story).code).toBe('todo');
  });
});

describe('lesson links and moments', () => {
  it('reads #lesson=N&step=M, refusing what is not a plain positive number', () => {
    expect(parseLessonHash('#z=abc')).toBeNull();
    expect(parseLessonHash('#lesson=2&step=5')).toEqual({
      ok: true,
      link: { chapter: 2, step: 5 },
    });
    expect(parseLessonHash('#lesson=2')).toEqual({ ok: true, link: { chapter: 2, step: 1 } });
    expect(parseLessonHash('#lesson=two')).toEqual({ ok: false, field: 'lesson', value: 'two' });
    expect(parseLessonHash('#lesson=2&step=0')).toEqual({ ok: false, field: 'step', value: '0' });
    expect(parseLessonHash('#lesson=2&step=1.5')).toMatchObject({ ok: false, field: 'step' });
    expect(parseLessonHash(lessonHash({ chapter: 9, step: 3 }))).toEqual({
      ok: true,
      link: { chapter: 9, step: 3 },
    });
  });

  it('keeps found moments per step, and shows the last one found for a moment that never came', () => {
    const store = createAppStore();
    store.getState().startLesson(1, 0);
    const m = (event: number) => ({ event, ms: event, params: {} });
    store.getState().setMoments(0, [m(10), m(20)]);
    store.getState().setMoments(2, [null, m(40)]);
    const { moments } = store.getState();
    expect(shownMoment(moments, 2)).toEqual(m(20));
    expect(shownMoment(moments, 3)).toEqual(m(40));
    store.getState().startLesson(2, 0);
    expect(store.getState().moments).toEqual([]);
  });

  it('finds the leader of a frame', () => {
    expect(leaderOf(frame())).toBe(5);
    expect(leaderOf(frame({ 5: { state: 'LOOKING' } }))).toBeNull();
  });
});
