/**
 * The event log in plain language: each trace entry becomes a sentence that says what happened
 * and why, in the reader's language. The ZAB layer's lines are rendered from their code and typed
 * parameters (sim/zab/logCodes.ts, zabLog.ts), never from their English; anything without a code
 * falls back to the simulation's own line, so nothing is ever hidden.
 */
import type { LogEntryView, TraceEvent } from '../../protocol/frame';
import type { Translate } from '../i18n/t';
import { isZabLogKind, type ZabLogData } from '../../sim/zab/logCodes';
import { dropReason } from './reasons';
import { explainZabLog } from './zabLog';

export type { Translate };

type LogEv = Extract<TraceEvent, { k: 'log' }>;

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
 * User actions (engine/actions.ts) are still told apart by their text: their codes come with the
 * typed command results (issue 14, later); until then, an unknown one is shown as written.
 */
function explainAction(text: string, t: Translate, onFallback?: () => void): string {
  let m = /^(crash|restart) S(\d+)$/.exec(text);
  if (m) return t(m[1] === 'crash' ? 'ex.crash' : 'ex.restart', { sid: Number(m[2]) });
  m =
    /^(crash|restart|freeze|unfreeze) S(\d+): (already down|already up|already frozen|down|not frozen)/.exec(
      text,
    );
  if (m) return t('ex.noop', { action: m[1] as string, sid: Number(m[2]) });
  m = /^freeze S(\d+):/.exec(text);
  if (m) return t('ex.freeze', { sid: Number(m[1]) });
  m = /^unfreeze S(\d+): (\d+) pending/.exec(text);
  if (m) return t('ex.unfreeze', { sid: Number(m[1]), count: Number(m[2]) });
  m = /^(crash|restart|freeze|unfreeze) leader: no server is LEADING/.exec(text);
  if (m) return t('ex.noLeader', { action: m[1] as string });
  if (text.startsWith('partition ')) {
    const groups = text.slice('partition '.length).replace(
      /\{([^}]*)\}/g,
      (_w, g: string) =>
        `{${g
          .split(',')
          .map((s) => 'S' + s.trim())
          .join(', ')}}`,
    );
    return t('ex.partition', { groups });
  }
  if (text.startsWith('heal')) return t('ex.heal');
  m = /^write (\S+?)=(.*) via S(\d+)$/.exec(text);
  if (m) return t('ex.write', { path: m[1] as string, data: m[2] as string, sid: Number(m[3]) });
  onFallback?.();
  return text;
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
      return explainAction(ev.text, t, onFallback);
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
