/**
 * The event log in plain language: each trace entry becomes a sentence that says what happened
 * and why, in the reader's language. The ZAB layer's lines are rendered from their code and typed
 * parameters (sim/zab/logCodes.ts, zabLog.ts), never from their English; anything without a code
 * falls back to the simulation's own line, so nothing is ever hidden.
 */
import type { LogEntryView, TraceEvent } from '../../protocol/frame';
import type { Translate } from '../i18n/t';
import { isZabLogKind, type ZabLogData } from '../../sim/vocabulary';
import { backendActionText, clientActionText, lockActionText } from './actionText';
import { explainLayerLog } from './layerLogs';
import { dropReason, seconds, sidNames } from './reasons';
import { explainZabLog } from './zabLog';
import { explainReal } from '../replay/realText';
import { violationSentence } from './violationText';

export type { Translate };

type LogEv = Extract<TraceEvent, { k: 'log' }>;
type ActionEv = Extract<TraceEvent, { k: 'action' }>;

/**
 * A line is rendered from its code: the ZAB layer's and the database's (zabLog.ts), the client's,
 * the session layer's and the lab's (layerLogs.ts). A line without a known code (none is written
 * today) is shown as the simulation wrote it, so nothing is ever hidden.
 */
function explainLog(ev: LogEv, t: Translate, onFallback?: () => void): string {
  const d = ev.data;
  if (d === undefined) {
    onFallback?.();
    return ev.text;
  }
  // The trace's data is plain JSON; a known code carries the parameters logCodes.ts types.
  if (isZabLogKind(d['kind'])) return explainZabLog(ev.sid, d as ZabLogData, t);
  const sentence = explainLayerLog(ev.sid, d, t);
  if (sentence !== null) return sentence;
  onFallback?.();
  return ev.text;
}

/** A message dropped or held by hand (sim/engine/handMessages.ts). */
function explainHandMessage(
  d: Extract<ActionEv['data'], { do: 'drop-message' | 'delay-message' }>,
  t: Translate,
): string {
  if (d.noop !== null || d.from === null || d.to === null || d.label === null)
    return t('ex.handNoop', { id: d.message });
  const ends = { kind: d.label, from: d.from, to: d.to };
  if (d.do === 'delay-message')
    return t('ex.delayMessage', {
      ...ends,
      byMs: d.byMs ?? 0,
      atMs: seconds(d.deliverAtMs ?? 0),
    });
  return d.label === 'Notification' ? t('ex.dropNotification', ends) : t('ex.dropMessage', ends);
}

/** A scenario or person's action, from its code and parameters (ActionData, sim/trace). */
function explainAction(ev: ActionEv, t: Translate): string {
  const d = ev.data;
  switch (d.do) {
    case 'crash':
    case 'restart':
    case 'freeze':
    case 'unfreeze': {
      if (d.noop === 'no-leader' || d.sid === null) return t('ex.noLeader', { action: d.do });
      const sid = d.sid;
      if (d.noop !== null) return t('ex.noop', { action: d.do, sid });
      if (d.do === 'unfreeze') return t('ex.unfreeze', { sid, count: d.pending ?? 0 });
      return t(`ex.${d.do}`, { sid });
    }
    case 'partition':
      return t('ex.partition', {
        groups: d.groups.map((g) => `{${g.map((s) => `S${s}`).join(', ')}}`).join(' | '),
      });
    case 'heal':
      return t('ex.heal');
    case 'write':
      return t('ex.write', { path: d.path, data: d.data, sid: d.via });
    case 'delay':
      return t('ex.action.delay', { min: d.delayMsMin, max: d.delayMsMax });
    case 'delay-link':
      return t('ex.action.delayLink', { from: d.from, to: d.to, extra: d.extraMs });
    case 'client-crash':
    case 'client-restart':
    case 'client-heal':
    case 'client-partition':
    case 'client-freeze':
    case 'client-unfreeze':
      return clientActionText(d, t);
    case 'client-add':
      return d.noop === null
        ? t('clientAdd.action', { client: d.client, servers: sidNames(d.connect) })
        : t('ex.action.clientNoop', { action: d.do, client: d.client });
    case 'drop-message':
    case 'delay-message':
      return explainHandMessage(d, t);
    case 'lock-acquire':
    case 'lock-release':
      return lockActionText(d, t);
    default:
      return backendActionText(d, t);
  }
}

/**
 * One sentence for one log entry. `onFallback` is called when the entry has no sentence and its
 * raw text is shown instead (the tests count these).
 */
export function explain(entry: LogEntryView, t: Translate, onFallback?: () => void): string {
  // A replay's entry is a real server's line, rendered from the log parser's code.
  if (entry.real) return explainReal(entry.real, t);
  const ev = entry.ev;
  switch (ev.k) {
    case 'log':
      return explainLog(ev, t, onFallback);
    case 'state':
      if (ev.state === 'DOWN') return t('ex.down', { sid: ev.sid });
      return ev.phase
        ? t('ex.state', {
            sid: ev.sid,
            state: ev.state,
            phase: t(`phase.${ev.phase as 'election'}`),
          })
        : t('ex.stateOnly', { sid: ev.sid, state: ev.state });
    case 'action':
      return explainAction(ev, t);
    case 'violation':
      return t('ex.violation', {
        invariant: ev.invariant,
        sentence: violationSentence(ev.invariant, ev.p, t),
      });
    case 'timer':
      return t('ex.timer', { sid: ev.sid, name: ev.name });
    case 'drop':
      return t('ex.drop', {
        kind: ev.label,
        from: ev.from,
        to: ev.to,
        reason: dropReason(ev.reason, t),
      });
    case 'send':
    case 'deliver':
      return `${ev.label} S${ev.from} → S${ev.to}`;
  }
}
