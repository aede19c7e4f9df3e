/**
 * Turns one record's message into a typed event, trying the rules of each area in turn. A
 * message no rule knows is not an error: the caller keeps it and counts it as unknown.
 */
import { ELECTION_RULES } from './electionMessages';
import type { Extracted } from './kinds';
import type { LogRecord } from './layout';
import { QUORUM_RULES } from './quorumMessages';
import type { MatchContext, MessageRule } from './rule';
import { SESSION_RULES } from './sessionMessages';

const RULES: readonly MessageRule[] = [...ELECTION_RULES, ...QUORUM_RULES, ...SESSION_RULES];

export function newMatchContext(): MatchContext {
  return { peerByThread: new Map() };
}

function passesQuick(r: MessageRule, message: string): boolean {
  if (typeof r.quick !== 'string') return r.quick.some((q) => message.startsWith(q));
  return r.anywhere ? message.includes(r.quick) : message.startsWith(r.quick);
}

export function matchRecord(rec: LogRecord, ctx: MatchContext): Extracted | null {
  const message = rec.message;
  for (const r of RULES) {
    if (!passesQuick(r, message)) continue;
    const m = r.re.exec(message);
    if (!m) continue;
    const event = r.build(m, rec, ctx);
    if (event) return event;
  }
  return null;
}
