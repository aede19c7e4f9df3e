/**
 * What the validators of later sections need to know about earlier ones (which sids and which
 * clients exist), and the checks that use it. Messages always list what does exist, so that the
 * learner sees the fix without opening the file again.
 */
import type { SidRef } from './types';
import { describe, fail } from './fields';
import { zkPathProblem } from './zkPath';
import { PATH_CHARS_MAX } from './bounds';

export interface Ctx {
  voters: number;
  observers: number;
  clientIds: readonly string[];
}

function range(from: number, to: number): string {
  return from === to ? `${from}` : `${from}..${to}`;
}

/** "servers: 1..5", or "servers: 1..3, observers: 4..5". */
export function sidsText(ctx: Ctx): string {
  const voters = `servers: ${range(1, ctx.voters)}`;
  if (ctx.observers === 0) return voters;
  return `${voters}, observers: ${range(ctx.voters + 1, ctx.voters + ctx.observers)}`;
}

export function totalSids(ctx: Ctx): number {
  return ctx.voters + ctx.observers;
}

/** A sid of a voter or an observer. */
export function checkSid(value: unknown, path: string, ctx: Ctx): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    fail(path, `expected a server id (an integer), got ${describe(value)}`);
  }
  if (value < 1 || value > totalSids(ctx)) {
    fail(path, `server ${value} does not exist (${sidsText(ctx)})`);
  }
  return value;
}

/** A sid, or "leader": whoever is LEADING when the action is applied. */
export function checkSidRef(value: unknown, path: string, ctx: Ctx): SidRef {
  if (value === 'leader') return value;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    fail(path, `expected a server id (an integer) or "leader", got ${describe(value)}`);
  }
  return checkSid(value, path, ctx);
}

/** A non-empty list of distinct existing sids. */
export function checkSidList(value: unknown, path: string, ctx: Ctx): number[] {
  if (!Array.isArray(value)) fail(path, `expected a list of server ids, got ${describe(value)}`);
  if (value.length === 0) fail(path, 'must name at least one server');
  const seen: number[] = [];
  value.forEach((item, i) => {
    const sid = checkSid(item, `${path}[${i}]`, ctx);
    if (seen.includes(sid)) fail(`${path}[${i}]`, `server ${sid} is listed twice`);
    seen.push(sid);
  });
  return seen;
}

export function checkPath(value: unknown, path: string, sequential = false): string {
  if (typeof value !== 'string') fail(path, `expected a ZooKeeper path, got ${describe(value)}`);
  if (value.length > PATH_CHARS_MAX)
    fail(path, `${value.length} characters, more than the ${PATH_CHARS_MAX} allowed for a path`);
  const problem = zkPathProblem(value, sequential);
  if (problem !== null) fail(path, `${describe(value)} is not a valid ZooKeeper path (${problem})`);
  return value;
}

export function checkClient(value: unknown, path: string, ctx: Ctx): string {
  if (typeof value !== 'string') fail(path, `expected a client id, got ${describe(value)}`);
  if (!ctx.clientIds.includes(value)) {
    const known =
      ctx.clientIds.length === 0
        ? 'no clients are defined in "clients"'
        : `clients: ${ctx.clientIds.join(', ')}`;
    fail(path, `client ${describe(value)} does not exist (${known})`);
  }
  return value;
}
