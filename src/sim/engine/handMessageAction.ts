/**
 * The actions `drop-message` and `delay-message` (engine/handMessages.ts says what they model):
 * applied whole or not at all, and recorded in the trace as data either way. A drop also writes
 * the message's `drop` entry at once, with the reason 'dropped by hand', so the event log and the
 * ensemble view show the loss where it happened.
 */
import type { DelayMessageAction, DropMessageAction } from '../scenario/types';
import type { ActionData } from '../trace/traceEvent';
import type { WorldEffects } from './effects';
import { delayMessage, dropMessage, type HandResult } from './handMessages';

function noteOf(a: DropMessageAction | DelayMessageAction, r: HandResult): ActionData {
  const by = a.do === 'delay-message' ? { byMs: a.byMs } : {};
  if (!r.ok)
    return { do: a.do, message: a.message, from: null, to: null, label: null, ...by, noop: r.noop };
  const at = a.do === 'delay-message' ? { deliverAtMs: r.deliverAtMs } : {};
  return {
    do: a.do,
    message: a.message,
    from: r.from,
    to: r.to,
    label: r.label,
    ...by,
    ...at,
    noop: null,
  };
}

function textOf(a: DropMessageAction | DelayMessageAction, r: HandResult): string {
  const verb = a.do === 'drop-message' ? 'drop' : `delay by ${a.byMs} ms`;
  if (!r.ok) return `${verb} message #${a.message}: ${r.noop.replace(/-/g, ' ')}`;
  return `${verb} message #${a.message} ${r.label} S${r.from}->S${r.to}`;
}

export function applyHandMessage(
  sim: WorldEffects,
  a: DropMessageAction | DelayMessageAction,
): void {
  const w = sim.world;
  const r =
    a.do === 'drop-message' ? dropMessage(w, a.message) : delayMessage(w, a.message, a.byMs);
  sim.emit({ t: w.nowMs, e: w.events, k: 'action', text: textOf(a, r), data: noteOf(a, r) });
  if (r.ok && a.do === 'drop-message')
    sim.emit({
      t: w.nowMs,
      e: w.events,
      k: 'drop',
      from: r.from,
      to: r.to,
      label: r.label,
      id: a.message,
      reason: 'dropped by hand',
    });
}
