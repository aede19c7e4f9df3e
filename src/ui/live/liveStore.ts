/**
 * The live mode's state, separate from the simulation's store: what the bridge last said
 * (servers, events), the connection's state, and the answer to each command a person sent. The
 * event list is bounded (EVENTS_SHOWN_MAX) so a long session does not grow the page without end.
 */
import { create } from 'zustand';
import type { LogEvent } from '../../logs/kinds';
import {
  LIVE_PROTOCOL,
  type BridgeMessage,
  type LiveCommand,
  type LiveServerStatus,
} from '../../protocol/live';

export const EVENTS_SHOWN_MAX = 5000;

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
  | { state: 'refused' }
  | { state: 'protocol'; bridge: number }
  /** The socket closed: after it had opened (gone), or before (unreachable). */
  | { state: 'gone' }
  | { state: 'unreachable' };

export type CommandAnswer = Extract<BridgeMessage, { type: 'ack' }>;

export interface SentCommand {
  command: LiveCommand;
  answer: CommandAnswer | null;
}

export interface LiveState {
  address: string;
  connection: LiveConnection;
  servers: LiveServerStatus[];
  events: LogEvent[];
  /** Events dropped from the front to keep EVENTS_SHOWN_MAX. */
  dropped: number;
  /** Commands sent, newest last, with their answers once they came. */
  sent: SentCommand[];
  /** The open connection's sender, while there is one (set by LiveApp's effect). */
  link: LiveLink | null;
  setLink(link: LiveLink | null): void;
  receive(message: BridgeMessage): void;
  setConnection(connection: LiveConnection): void;
  addSent(command: LiveCommand): void;
}

/** Log time, then server, then line: the order of a merged timeline (src/logs/timeline.ts). */
export function byTime(a: LogEvent, b: LogEvent): number {
  return a.ms - b.ms || a.sid - b.sid || a.line - b.line;
}

export const useLiveStore = create<LiveState>()((set, get) => ({
  address: '',
  connection: { state: 'connecting' },
  servers: [],
  events: [],
  dropped: 0,
  sent: [],
  link: null,
  setLink: (link) => set({ link }),
  setConnection: (connection) => set({ connection }),
  addSent: (command) => set({ sent: [...get().sent.slice(-49), { command, answer: null }] }),
  receive: (m) => {
    if (m.type === 'hello') {
      if (m.protocol !== LIVE_PROTOCOL)
        return set({ connection: { state: 'protocol', bridge: m.protocol } });
      return set({ connection: { state: 'open' } });
    }
    if (m.type === 'refused') return set({ connection: { state: 'refused' } });
    if (m.type === 'status') return set({ servers: m.servers });
    if (m.type === 'events') {
      // Servers' lines arrive in batches per poll: keep them in the order they were written.
      const all = [...get().events, ...m.events].sort(byTime);
      const cut = Math.max(0, all.length - EVENTS_SHOWN_MAX);
      return set({ events: cut > 0 ? all.slice(cut) : all, dropped: get().dropped + cut });
    }
    set({
      sent: get().sent.map((s) =>
        s.command.id === m.id && s.answer === null ? { ...s, answer: m } : s,
      ),
    });
  },
}));
