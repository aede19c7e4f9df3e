/**
 * The recipes a simulated client can run (ZooKeeper "Recipes" doc; Curator's ServiceDiscovery and
 * InterProcessMutex; ZAB.md 6.8, 6.9). Each is a small reactor: it sees what happened to its
 * client (a new session, a reply, a watch event, a disconnect, its timer) and answers with API
 * calls. Plain data, pure steps.
 *
 * - register: an ephemeral znode holding the instance's address, re-created in every new session
 *   (Curator deletes and re-creates a node left by an older session so that watchers fire).
 * - discover: getChildren + watch; re-list on every NodeChildrenChanged (which re-arms the watch).
 * - config: getData + watch; re-read on NodeDataChanged; exists + watch while the node is missing.
 * - lock: an EPHEMERAL_SEQUENTIAL child; the lowest holds the lock; the others watch only their
 *   predecessor (no herd effect). Held for holdMs, then released. A holder that loses its
 *   connection treats the lock as lost at once (Curator's advice for SUSPENDED), because its
 *   session may expire while it cannot hear about it.
 */
import type { Recipe } from '../scenario/types';
import type { WatchType, ZkOp, ZkReply } from './clientMessages';
import type { ClientStatus } from './clientProcess';

export type RecipeInput =
  | { kind: 'status'; status: ClientStatus; sessionId: string | null }
  | { kind: 'reply'; request: ZkOp; reply: ZkReply }
  | { kind: 'watch'; type: WatchType; path: string }
  | { kind: 'timer' };

export interface RecipeApi {
  nowMs: number;
  call(op: ZkOp): void;
  setTimer(delayMs: number): void;
}

export interface RecipeState {
  recipe: Recipe;
  /** The session this recipe last set itself up in. */
  sessionId: string | null;
  status: ClientStatus;
  registered: boolean;
  members: string[];
  value: string | null;
  updates: number;
  /** lock: my znode's name, whether I hold it, and the history of holdings. */
  myNode: string | null;
  holding: boolean;
  done: boolean;
  acquired: { atMs: number; releasedAtMs: number | null }[];
  /**
   * [ext] lock: present once a person asked for the lock by click (lock-acquire): the lock is then
   * held until lock-release rather than for holdMs, as an application holds a mutex until done.
   */
  manual?: boolean;
}

export function newRecipeState(recipe: Recipe): RecipeState {
  return {
    recipe,
    sessionId: null,
    status: 'NOT_STARTED',
    registered: false,
    members: [],
    value: null,
    updates: 0,
    myNode: null,
    holding: false,
    done: false,
    acquired: [],
  };
}

/** Parents of a path, outermost first: /a/b/c -> /a, /a/b. */
function parents(path: string): string[] {
  const parts = path.split('/').filter((p) => p !== '');
  return parts.slice(0, -1).map((_, i) => '/' + parts.slice(0, i + 1).join('/'));
}

function ensureParents(path: string, api: RecipeApi, includeSelf = false): void {
  for (const p of [...parents(path), ...(includeSelf ? [path] : [])])
    api.call({ op: 'create', path: p, data: '', mode: 'persistent' });
}

const basename = (p: string) => p.slice(p.lastIndexOf('/') + 1);

export function stepRecipe(s: RecipeState, input: RecipeInput, api: RecipeApi): void {
  if (input.kind === 'status') {
    const was = s.status;
    s.status = input.status;
    if (s.holding && input.status !== 'CONNECTED') release(s, api, 'connection lost');
    if (input.status === 'CONNECTED' && input.sessionId !== s.sessionId) {
      s.sessionId = input.sessionId;
      setUp(s, api);
    } else if (input.status === 'CONNECTED' && was !== 'CONNECTED') resync(s, api);
    if (input.status === 'EXPIRED' || input.status === 'CLOSED' || input.status === 'CRASHED')
      s.registered = false;
    return;
  }
  switch (s.recipe.kind) {
    case 'register':
      return register(s, s.recipe, input, api);
    case 'discover':
      return discover(s, s.recipe.path, input, api);
    case 'config':
      return config(s, s.recipe.path, input, api);
    case 'lock':
      return lock(s, s.recipe, input, api);
  }
}

/** A new session: do the recipe's setup again. */
function setUp(s: RecipeState, api: RecipeApi): void {
  const r = s.recipe;
  switch (r.kind) {
    case 'register':
      s.registered = false;
      ensureParents(r.path, api);
      api.call({ op: 'create', path: r.path, data: r.data, mode: 'ephemeral' });
      return;
    case 'discover':
      ensureParents(r.path, api, true);
      api.call({ op: 'children', path: r.path, watch: true });
      return;
    case 'config':
      api.call({ op: 'get', path: r.path, watch: true });
      return;
    case 'lock':
      if (s.done) return;
      s.myNode = null;
      ensureParents(r.path, api, true);
      api.call({ op: 'create', path: r.path + '/lock-', data: '', mode: 'ephemeral-sequential' });
      return;
  }
}

/** Same session, reconnected: watches were re-set by SetWatches; re-read to be current. */
function resync(s: RecipeState, api: RecipeApi): void {
  const r = s.recipe;
  if (r.kind === 'discover') api.call({ op: 'children', path: r.path, watch: true });
  if (r.kind === 'config') api.call({ op: 'get', path: r.path, watch: true });
  if (r.kind === 'lock' && s.myNode !== null && !s.done)
    api.call({ op: 'children', path: r.path, watch: false });
}

function register(
  s: RecipeState,
  r: Extract<Recipe, { kind: 'register' }>,
  input: RecipeInput,
  api: RecipeApi,
): void {
  if (input.kind !== 'reply' || (input.request.op === 'create' && input.request.path !== r.path))
    return;
  const { request, reply } = input;
  if (request.op === 'create' && reply.rc === 'OK') s.registered = true;
  else if (request.op === 'create' && reply.rc === 'NodeExists')
    api.call({ op: 'delete', path: r.path, version: -1 });
  else if (request.op === 'delete' && request.path === r.path)
    api.call({ op: 'create', path: r.path, data: r.data, mode: 'ephemeral' });
}

function discover(s: RecipeState, path: string, input: RecipeInput, api: RecipeApi): void {
  if (input.kind === 'watch' && input.type === 'NodeChildrenChanged' && input.path === path)
    api.call({ op: 'children', path, watch: true });
  if (
    input.kind === 'reply' &&
    input.request.op === 'children' &&
    input.request.path === path &&
    input.reply.rc === 'OK'
  ) {
    s.members = (input.reply.children ?? []).slice().sort();
  }
}

function config(s: RecipeState, path: string, input: RecipeInput, api: RecipeApi): void {
  if (
    input.kind === 'watch' &&
    input.path === path &&
    (input.type === 'NodeDataChanged' || input.type === 'NodeCreated')
  )
    api.call({ op: 'get', path, watch: true });
  if (input.kind === 'watch' && input.path === path && input.type === 'NodeDeleted')
    api.call({ op: 'exists', path, watch: true });
  if (input.kind !== 'reply' || !('path' in input.request) || input.request.path !== path) return;
  const { request, reply } = input;
  if (request.op === 'get' && reply.rc === 'OK') {
    if (s.value !== null || s.updates > 0) s.updates++;
    s.value = reply.data ?? '';
  } else if (request.op === 'get' && reply.rc === 'NoNode')
    api.call({ op: 'exists', path, watch: true });
  else if (request.op === 'exists' && reply.exists) api.call({ op: 'get', path, watch: true });
}

function lock(
  s: RecipeState,
  r: Extract<Recipe, { kind: 'lock' }>,
  input: RecipeInput,
  api: RecipeApi,
): void {
  if (s.done) return void abandoned(s, r, input, api);
  if (input.kind === 'timer') {
    if (s.holding) release(s, api, 'held for holdMs');
    return;
  }
  const herd = r.watch === 'parent';
  if (input.kind === 'watch' && input.type === 'NodeDeleted')
    return void api.call({ op: 'children', path: r.path, watch: false });
  // The herd variant: every release wakes every waiter, which re-lists (and re-arms its watch).
  if (input.kind === 'watch' && input.type === 'NodeChildrenChanged' && input.path === r.path)
    return void api.call({ op: 'children', path: r.path, watch: !s.holding });
  if (input.kind !== 'reply') return;
  const { request, reply } = input;
  if (
    request.op === 'create' &&
    request.mode === 'ephemeral-sequential' &&
    reply.rc === 'OK' &&
    reply.createdPath
  ) {
    s.myNode = basename(reply.createdPath);
    api.call({ op: 'children', path: r.path, watch: herd });
  } else if (
    request.op === 'children' &&
    request.path === r.path &&
    reply.rc === 'OK' &&
    s.myNode !== null &&
    !s.holding
  ) {
    const seq = (reply.children ?? []).filter((c) => c.startsWith('lock-')).sort();
    const i = seq.indexOf(s.myNode);
    if (i === 0) {
      s.holding = true;
      s.acquired.push({ atMs: api.nowMs, releasedAtMs: null });
      if (s.manual !== true) api.setTimer(r.holdMs);
    } else if (i > 0 && !herd)
      api.call({ op: 'exists', path: `${r.path}/${seq[i - 1] as string}`, watch: true });
  } else if (request.op === 'exists' && reply.rc === 'OK' && reply.exists === false) {
    api.call({ op: 'children', path: r.path, watch: false }); // the predecessor left meanwhile
  }
}

/**
 * A lock released by click while its node's create was still on its way: the node arrives after
 * the release, so it is deleted at once (as Curator deletes the node of an abandoned attempt).
 * Only for a lock taken by click; the recipe's own releases happen after its node is known.
 */
function abandoned(
  s: RecipeState,
  r: Extract<Recipe, { kind: 'lock' }>,
  input: RecipeInput,
  api: RecipeApi,
): void {
  if (s.manual !== true || input.kind !== 'reply') return;
  const { request, reply } = input;
  if (request.op !== 'create' || request.mode !== 'ephemeral-sequential' || !reply.createdPath)
    return;
  if (request.path === r.path + '/lock-' && reply.rc === 'OK' && s.status === 'CONNECTED')
    api.call({ op: 'delete', path: reply.createdPath, version: -1 });
}

/**
 * lock-acquire: the application asks for the lock again (Curator's InterProcessMutex.acquire):
 * a new EPHEMERAL_SEQUENTIAL child, then the same queue as at set-up. The caller checks that the
 * client is connected and neither holds nor waits for the lock.
 */
export function acquireLock(s: RecipeState, api: RecipeApi): void {
  s.done = false;
  s.manual = true;
  s.myNode = null;
  setUp(s, api);
}

/**
 * lock-release: the holder releases (InterProcessMutex.release), or a waiter gives up, which
 * Curator does by deleting its own node so that its successor's watch fires. False when the
 * client neither holds nor waits for the lock.
 */
export function releaseLock(s: RecipeState, api: RecipeApi): boolean {
  if (!wantsLock(s)) return false;
  release(s, api, 'released by the application');
  return true;
}

/**
 * Whether the client holds the lock or waits for it (its node may still be on its way: then the
 * create's reply finds the recipe done and deletes the node, see lock()).
 */
export function wantsLock(s: RecipeState): boolean {
  return s.recipe.kind === 'lock' && !s.done;
}

function release(s: RecipeState, api: RecipeApi, _why: string): void {
  const last = s.acquired[s.acquired.length - 1];
  if (last && last.releasedAtMs === null) last.releasedAtMs = api.nowMs;
  s.holding = false;
  s.done = true;
  if (s.myNode !== null && s.status === 'CONNECTED' && s.recipe.kind === 'lock') {
    api.call({ op: 'delete', path: `${s.recipe.path}/${s.myNode}`, version: -1 });
  }
}
