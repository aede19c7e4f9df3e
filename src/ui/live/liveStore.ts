/**
 * The live mode's state, separate from the simulation's store: what the bridge last said about
 * the processes (servers), the connection's state, and the answer to each command a person sent.
 * The parsed log records wait here only until LiveFeed hands them to the worker's live replay
 * (docs/LIVE.md), which the ensemble view shows like any replay. The bridge numbers its records;
 * this store keeps the last seq it took, drops any record it already has (a reconnection, a
 * bridge that resends), and notes a jump in the numbers: records the bridge no longer had.
 */
import { create } from 'zustand';
import type { LogEvent } from '../../logs/kinds';
import {
  LIVE_PROTOCOL,
  type BridgeMessage,
  type LiveCommand,
  type LiveServerStatus,
} from '../../protocol/live';

/** A command as a component gives it; the link adds the id. */
export type LiveCommandInput = LiveCommand extends infer C
  ? C extends LiveCommand
    ? Omit<C, 'id'>
    : never
  : never;

/** The open connection to the bridge (liveConnection.ts makes it). */
export interface LiveLink {
  send(command: LiveCommandInput): void;
  close(): void;
}

export type LiveConnection =
  | { state: 'invalid-url'; value: string }
  | { state: 'connecting' }
  | { state: 'open' }
  | { state: 'refused'; reason: 'token' | 'after' | 'protocol' }
  | { state: 'protocol'; bridge: number }
  /** The socket closed: after it had opened (gone), or before (unreachable). */
  | { state: 'gone' }
  | { state: 'unreachable' };

export type CommandAnswer = Extract<BridgeMessage, { type: 'ack' }>;

export interface SentCommand {
  command: LiveCommand;
  answer: CommandAnswer | null;
}

/**
 * Records the bridge no longer had when this page asked for them (it keeps the newest
 * EVENTS_KEPT_MAX): `missing` of them, after the record logged at `fromAt` (null: from the
 * start) and before the one logged at `toAt`, both as the servers' logs write time.
 */
export interface LiveGap {
  missing: number;
  fromAt: string | null;
  toAt: string;
}

/** The gaps kept to show; older ones are dropped first. */
export const LIVE_GAPS_MAX = 5;

export interface LiveState {
  address: string;
  connection: LiveConnection;
  servers: LiveServerStatus[];
  /** Records received and not yet taken by LiveFeed, in arrival order. */
  pending: LogEvent[];
  /** Records received in all, repeats not counted (a change tells LiveFeed there are new ones). */
  received: number;
  /** The seq of the newest record taken (0 before any); a reconnection asks for newer ones. */
  lastSeq: number;
  /** The log time of that record, where a gap after it starts. */
  lastAt: string | null;
  /** Jumps in the bridge's numbers, newest last. */
  gaps: LiveGap[];
  /** Commands sent, newest last, with their answers once they came. */
  sent: SentCommand[];
  /** The open connection's sender, while there is one (set by LiveApp's effect). */
  link: LiveLink | null;
  setLink(link: LiveLink | null): void;
  receive(message: BridgeMessage): void;
  setConnection(connection: LiveConnection): void;
  addSent(command: LiveCommand): void;
  /** The records waiting, handed over once (the replay merges them in time order). */
  takePending(): LogEvent[];
}

export const useLiveStore = create<LiveState>()((set, get) => ({
  address: '',
  connection: { state: 'connecting' },
  servers: [],
  pending: [],
  received: 0,
  lastSeq: 0,
  lastAt: null,
  gaps: [],
  sent: [],
  link: null,
  setLink: (link) => set({ link }),
  setConnection: (connection) => set({ connection }),
  takePending: () => {
    const out = get().pending;
    if (out.length > 0) set({ pending: [] });
    return out;
  },
  addSent: (command) => set({ sent: [...get().sent.slice(-49), { command, answer: null }] }),
  receive: (m) => {
    if (m.type === 'hello') {
      if (m.protocol !== LIVE_PROTOCOL)
        return set({ connection: { state: 'protocol', bridge: m.protocol } });
      return set({ connection: { state: 'open' } });
    }
    if (m.type === 'refused') return set({ connection: { state: 'refused', reason: m.reason } });
    if (m.type === 'status') return set({ servers: m.servers });
    if (m.type === 'events') return set(taken(get(), m));
    set({
      sent: get().sent.map((s) =>
        s.command.id === m.id && s.answer === null ? { ...s, answer: m } : s,
      ),
    });
  },
}));

/** What an `events` message changes: its records newer than the last seq, and any jump before them. */
function taken(
  s: LiveState,
  m: Extract<BridgeMessage, { type: 'events' }>,
): Partial<LiveState> | LiveState {
  const skip = Math.max(0, s.lastSeq + 1 - m.seq);
  const fresh = m.events.slice(skip);
  if (fresh.length === 0) return s;
  const missing = m.seq - (s.lastSeq + 1);
  const gaps =
    missing > 0
      ? [...s.gaps, { missing, fromAt: s.lastAt, toAt: fresh[0]!.at }].slice(-LIVE_GAPS_MAX)
      : s.gaps;
  return {
    pending: [...s.pending, ...fresh],
    received: s.received + fresh.length,
    lastSeq: m.seq + m.events.length - 1,
    lastAt: fresh[fresh.length - 1]!.at,
    gaps,
  };
}
