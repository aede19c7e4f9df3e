// Proves the client-side "Your turn" checks of chapters 6-8 (issue 16) on hand-made frames: a
// task is done only when the simulation's state says so (the session gone from the leader's
// tracker, two lock believers, the balancer's list without the instance) and only for a client
// the learner silenced; a near miss names what happened instead.
import { describe, expect, it } from 'vitest';
import type { ClientView, ClientsView, TrackedSessionView } from '../../protocol/clientsFrame';
import type { Frame } from '../../protocol/frame';
import { testFrame, testServer } from '../store/frameTestKit';
import type { ClientAct } from './clientTaskChecks';
import { checkTask } from './taskChecks';

function client(id: string, patch: Partial<ClientView> = {}): ClientView {
  return {
    id,
    server: 1,
    sessionId: `0x${id}`,
    state: 'CONNECTED',
    frozen: false,
    timeoutMs: 6000,
    negotiated: true,
    lastHeardMs: 0,
    pingEveryMs: 2000,
    deadline: null,
    watches: { data: [], exist: [], child: [] },
    notifications: 0,
    lastResult: null,
    recipe: null,
    ...patch,
  };
}

function session(id: string, patch: Partial<TrackedSessionView> = {}): TrackedSessionView {
  return {
    sessionId: `0x${id}`,
    client: id,
    timeoutMs: 6000,
    expiresAtMs: 8000,
    closing: false,
    ...patch,
  };
}

function frame(
  clients: ClientView[],
  sessions: TrackedSessionView[],
  extra: Partial<ClientsView> = {},
): Frame {
  const view: ClientsView = {
    clients,
    tracker: { leader: 3, tickTimeMs: 2000, sessions },
    messages: [],
    tree: null,
    fired: [],
    observations: [],
    ...extra,
  };
  return testFrame(
    [1, 2, 3].map((sid) => testServer(sid)),
    { nowMs: 4000, clients: view },
  );
}

const context = (clientActs: ClientAct[]) => ({ leader: 3, crashedByLearner: [], clientActs });
const freezeA = context([{ do: 'client-freeze', client: 'a' }]);

describe('expireSession (chapter 6)', () => {
  it('is done only when the leader no longer tracks the silenced client’s session', () => {
    const a = client('a', { frozen: true });
    expect(checkTask('expireSession', frame([a], [session('a')]), freezeA)).toEqual({
      done: false,
      code: 'sessionWaiting',
      params: { client: 'a', seconds: 4 },
    });
    expect(
      checkTask('expireSession', frame([a], [session('a', { closing: true })]), freezeA).code,
    ).toBe('sessionClosing');
    expect(checkTask('expireSession', frame([a], []), freezeA)).toEqual({
      done: true,
      code: 'sessionExpired',
      params: { client: 'a', session: '0xa' },
    });
  });

  it('does not count the story’s own expiry, and says so when the client woke up in time', () => {
    expect(checkTask('expireSession', frame([client('a')], []), context([])).code).toBe(
      'todoClient',
    );
    const acts = context([
      { do: 'client-freeze', client: 'a' },
      { do: 'client-unfreeze', client: 'a' },
    ]);
    expect(checkTask('expireSession', frame([client('a')], [session('a')]), acts).code).toBe(
      'clientAwake',
    );
  });
});

const lock = (holding: boolean) => ({
  kind: 'lock' as const,
  path: '/locks',
  holding,
  node: null,
  queued: holding,
  watch: 'predecessor' as const,
  value: null,
  members: [],
  registered: true,
});

describe('lockTwoBelievers (chapter 7)', () => {
  const believers = {
    code: 'LockTwoBelievers' as const,
    path: '/locks',
    believers: [
      { client: 'c1', node: 'lock-0000000000', session: '0xc1', czxid: null },
      { client: 'c2', node: 'lock-0000000001', session: '0xc2', czxid: null },
    ],
  };
  const clients = [
    client('c1', { recipe: lock(true), frozen: true }),
    client('c2', { recipe: lock(true) }),
  ];

  it('is done when a client the learner froze is one of two believers', () => {
    const acts = context([{ do: 'client-freeze', client: 'c1' }]);
    expect(
      checkTask('lockTwoBelievers', frame(clients, [], { observations: [believers] }), acts),
    ).toEqual({
      done: true,
      code: 'twoBelievers',
      params: { client: 'c1', other: 'c2', path: '/locks' },
    });
    // The story's own frozen holder is not the learner's work.
    const story = frame(clients, [], { observations: [believers] });
    expect(checkTask('lockTwoBelievers', story, context([])).code).toBe('todoClient');
  });

  it('says who holds the lock when the learner froze a waiter', () => {
    const waiting = [
      client('c1', { recipe: lock(true) }),
      client('c3', { recipe: lock(false), frozen: true }),
    ];
    const acts = context([{ do: 'client-freeze', client: 'c3' }]);
    expect(checkTask('lockTwoBelievers', frame(waiting, []), acts)).toEqual({
      done: false,
      code: 'holderNotFrozen',
      params: { client: 'c1' },
    });
  });
});

describe('memberLeaves (chapter 8)', () => {
  const register = (id: string) => ({
    ...lock(false),
    kind: 'register' as const,
    path: `/services/api/${id}`,
    watch: null,
  });
  const lb = (members: string[]) =>
    client('lb', {
      recipe: { ...lock(false), kind: 'discover', path: '/services/api', watch: null, members },
    });
  const kill = context([{ do: 'client-crash', client: 'i1' }]);

  it('counts down while the balancer still lists the dead instance, then is done', () => {
    const i1 = client('i1', { state: 'CRASHED', recipe: register('i1') });
    expect(
      checkTask(
        'memberLeaves',
        frame([i1, lb(['i1', 'i3'])], [session('i1', { expiresAtMs: 10000 })]),
        kill,
      ),
    ).toEqual({
      done: false,
      code: 'memberStillListed',
      params: { client: 'i1', balancer: 'lb', seconds: 6 },
    });
    // The session is over but the balancer has not heard yet: not done.
    expect(checkTask('memberLeaves', frame([i1, lb(['i1', 'i3'])], []), kill)).toEqual({
      done: false,
      code: 'memberWatchPending',
      params: { client: 'i1', balancer: 'lb' },
    });
    expect(checkTask('memberLeaves', frame([i1, lb(['i3'])], []), kill)).toEqual({
      done: true,
      code: 'memberLeft',
      params: { client: 'i1' },
    });
  });

  it('asks for a crash when the instance was only frozen', () => {
    const i1 = client('i1', { frozen: true, recipe: register('i1') });
    const acts = context([{ do: 'client-freeze', client: 'i1' }]);
    expect(checkTask('memberLeaves', frame([i1, lb(['i1'])], [session('i1')]), acts).code).toBe(
      'instanceNotCrashed',
    );
    expect(
      checkTask('memberLeaves', frame([i1, lb(['i1'])], [session('i1')]), context([])).code,
    ).toBe('todoClient');
  });
});
