/**
 * What the validators of later sections need to know about earlier ones (which sids and which
 * clients exist), and the checks that use it. Messages always list what does exist, so that the
 * learner sees the fix without opening the file again.
 */
import type { SidRef } from './types';
import { fail, failExpected } from './fields';
import { gotOf, why, type Sids } from './why';
import { zkPathProblemOf } from './zkPath';
import { PATH_CHARS_MAX } from './bounds';

export interface Ctx {
  voters: number;
  observers: number;
  clientIds: readonly string[];
}

/** The sids of the scenario, as a message's parameter. */
export function sidsOf(ctx: Ctx): Sids {
  return { voters: ctx.voters, observers: ctx.observers };
}

export function totalSids(ctx: Ctx): number {
  return ctx.voters + ctx.observers;
}

/** A sid of a voter or an observer. */
export function checkSid(value: unknown, path: string, ctx: Ctx): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    failExpected(path, { code: 'serverIdInt' }, value);
  }
  if (value < 1 || value > totalSids(ctx)) {
    fail(path, why('noSuchServer', { sid: value, sids: sidsOf(ctx) }));
  }
  return value;
}

/** A sid, or "leader": whoever is LEADING when the action is applied. */
export function checkSidRef(value: unknown, path: string, ctx: Ctx): SidRef {
  if (value === 'leader') return value;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    failExpected(path, { code: 'serverIdIntOrLeader' }, value);
  }
  return checkSid(value, path, ctx);
}

/** A non-empty list of distinct existing sids. */
export function checkSidList(value: unknown, path: string, ctx: Ctx): number[] {
  if (!Array.isArray(value)) failExpected(path, { code: 'serverIds' }, value);
  if (value.length === 0) fail(path, why('noServer', {}));
  const seen: number[] = [];
  value.forEach((item, i) => {
    const sid = checkSid(item, `${path}[${i}]`, ctx);
    if (seen.includes(sid)) fail(`${path}[${i}]`, why('serverTwice', { sid }));
    seen.push(sid);
  });
  return seen;
}

export function checkPath(value: unknown, path: string, sequential = false): string {
  if (typeof value !== 'string') failExpected(path, { code: 'zkPath' }, value);
  if (value.length > PATH_CHARS_MAX)
    fail(path, why('pathTooLong', { length: value.length, max: PATH_CHARS_MAX }));
  const problem = zkPathProblemOf(value, sequential);
  if (problem !== null) fail(path, why('badZkPath', { got: gotOf(value), problem }));
  return value;
}

export function checkClient(value: unknown, path: string, ctx: Ctx): string {
  if (typeof value !== 'string') failExpected(path, { code: 'clientId' }, value);
  if (!ctx.clientIds.includes(value)) {
    fail(path, why('noSuchClient', { got: gotOf(value), known: [...ctx.clientIds] }));
  }
  return value;
}
