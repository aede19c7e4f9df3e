/**
 * The live mode's state, separate from the simulation's store: what the bridge last said about
 * the processes (servers), the connection's state, and the answer to each command a person sent.
 * The parsed log records wait here only until LiveFeed hands them to the worker's live replay
 * (docs/LIVE.md), which the ensemble view shows like any replay.
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
  /** Records received and not yet taken by LiveFeed, in arrival order. */
  pending: LogEvent[];
  /** Records received in all (a change tells LiveFeed there are new ones). */
  received: number;
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
    if (m.type === 'refused') return set({ connection: { state: 'refused' } });
    if (m.type === 'status') return set({ servers: m.servers });
    if (m.type === 'events')
      return set({
        pending: [...get().pending, ...m.events],
        received: get().received + m.events.length,
      });
    set({
      sent: get().sent.map((s) =>
        s.command.id === m.id && s.answer === null ? { ...s, answer: m } : s,
      ),
    });
  },
}));
