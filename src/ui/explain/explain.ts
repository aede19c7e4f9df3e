/**
 * The event log in plain language: each trace entry becomes a sentence that says what happened
 * and why, in the reader's language. The ZAB layer's lines are rendered from their code and typed
 * parameters (sim/zab/logCodes.ts, zabLog.ts), never from their English; anything without a code
 * falls back to the simulation's own line, so nothing is ever hidden.
 */
import type { LogEntryView, TraceEvent } from '../../protocol/frame';
import type { Translate } from '../i18n/t';
import { isZabLogKind, type ZabLogData } from '../../sim/vocabulary';
import { dropReason } from './reasons';
import { explainZabLog } from './zabLog';

export type { Translate };

type LogEv = Extract<TraceEvent, { k: 'log' }>;
type ActionEv = Extract<TraceEvent, { k: 'action' }>;

/**
 * A ZAB-layer line is rendered from its code (zabLog.ts); other layers' lines (the ZooKeeper
 * server layer, clients, the lab) are shown as the simulation wrote them until they get codes.
 */
function explainLog(ev: LogEv, t: Translate, onFallback?: () => void): string {
  const d = ev.data;
  // The trace's data is plain JSON; a known code carries the parameters logCodes.ts types.
  if (d !== undefined && isZabLogKind(d['kind'])) return explainZabLog(ev.sid, d as ZabLogData, t);
  onFallback?.();
  return ev.text;
}

/**
 * A scenario or person's action, from its code and parameters (ActionData, sim/trace). Client and
 * backend actions have no sentence of their own yet: their ZooKeeper line is shown as written.
 */
function explainAction(ev: ActionEv, t: Translate, onFallback?: () => void): string {
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
    default:
      onFallback?.();
      return ev.text;
  }
}

/**
 * One sentence for one log entry. `onFallback` is called when the entry has no sentence and its
 * raw text is shown instead (the tests count these).
 */
export function explain(entry: LogEntryView, t: Translate, onFallback?: () => void): string {
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
      return explainAction(ev, t, onFallback);
    case 'violation':
      return t('ex.violation', { invariant: ev.invariant, detail: ev.detail });
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
