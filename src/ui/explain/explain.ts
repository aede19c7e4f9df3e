/**
 * The event log in plain language: each trace entry becomes a sentence that says what happened
 * and why, in the reader's language. It reads the structured `data` the simulation attaches to its
 * ZooKeeper-style log lines (data.kind 'vote' with `because`, 'decide' with `via`, ...) and
 * recognises the few fixed phrasings of reasons; anything unknown falls back to the simulation's
 * own English line, so nothing is ever hidden.
 */
import type { LogEntryView, TraceEvent } from '../../protocol/frame';
import type { RunInfo } from '../../protocol/messages';
import type { MessageKey } from '../i18n/en';
import type { MessageParams } from '../i18n/t';
import { explainReason, seconds } from './reasons';
import { originClause, snapshotCause } from './voteOrigin';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

const list = (sids: unknown): string =>
  Array.isArray(sids) ? sids.map((s) => `S${String(s)}`).join(', ') : '';

type LogEv = Extract<TraceEvent, { k: 'log' }>;

function explainLog(ev: LogEv, t: Translate, info: RunInfo | null): string {
  const d = ev.data ?? {};
  const sid = ev.sid;
  switch (d['kind']) {
    case 'vote': {
      const because = String(d['because']);
      if (typeof d['round'] === 'number')
        return t('ex.catchUp', { sid, round: d['round'], leader: Number(d['newLeader']) });
      const why =
        because === 'peerEpoch'
          ? t('ex.because.peerEpoch')
          : because === 'zxid'
            ? t('ex.because.zxid')
            : t('ex.because.sid');
      return t('ex.vote', { sid, leader: Number(d['newLeader']), why });
    }
    case 'decide':
      return d['via'] === 'outofelection'
        ? t('ex.join', { sid, leader: Number(d['leader']), quorum: list(d['supporters']) })
        : t('ex.decide', { sid, leader: Number(d['leader']), quorum: list(d['supporters']) });
    case 'elected': {
      const ms = /TOOK - (\d+) MS/.exec(ev.text)?.[1] ?? '?';
      return t('ex.elected', { sid, state: String(d['state']), ms });
    }
    case 'epoch':
      return t('ex.epoch', { sid, epoch: Number(d['epoch']) });
    case 'established':
      return t('ex.established', { sid, epoch: Number(d['epoch']) });
    case 'syncMode':
      return t('ex.syncMode', {
        sid,
        learner: Number(d['learner']),
        mode: String(d['mode']),
        rule: explainReason(String(d['rule']), t),
      });
    case 'activated':
      return t('ex.activated', { sid, epoch: Number(d['epoch']) });
    case 'propose':
      return t('ex.propose', { sid, zxid: String(d['zxid']), path: String(d['path'] ?? '') });
    case 'commit':
      return t('ex.commit', { sid, zxid: String(d['zxid']), quorum: list(d['ackers']) });
    case 'shutdown': {
      const reason =
        d['reason'] === null || d['reason'] === undefined
          ? t('why.leaving')
          : explainReason(String(d['reason']), t);
      const learner = /^Leaving the leader S(\d+)/.exec(ev.text);
      return learner
        ? t('ex.leaveLeader', { sid, leader: Number(learner[1]), reason })
        : t('ex.stopLeading', { sid, reason });
    }
    case 'closeLearner':
      return t('ex.closeLearner', {
        sid,
        learner: Number(d['learner']),
        reason: explainReason(ev.text, t),
      });
    case 'trunc':
      return t('ex.trunc', { sid, zxid: String(d['zxid']) });
    case 'snap':
      return t('ex.snap', { sid, zxid: String(d['zxid']) });
    default:
      return explainDatabase(ev, t) ?? explainRest(ev, t, info);
  }
}

/** The ZKDatabase lines (engine/databasePort.ts): snapshots, loads, the vote zxid's origin. */
function explainDatabase(ev: LogEv, t: Translate): string | null {
  const d = ev.data ?? {};
  const sid = ev.sid;
  const zxid = String(d['zxid']);
  switch (d['kind']) {
    case 'newElection': {
      const origin =
        d['origin'] && typeof d['origin'] === 'object'
          ? originClause(d['origin'] as Record<string, unknown>, t)
          : null;
      const round = Number(d['round']);
      return origin === null
        ? t('ex.newElection', { sid, round, zxid })
        : t('ex.newElectionOrigin', { sid, round, zxid, origin });
    }
    case 'snapshot': {
      const cause = d['cause'];
      const known =
        cause === 'lead' || cause === 'snap' || cause === 'trunc' || cause === 'initial';
      return known ? t('ex.snapshot', { sid, zxid, cause: snapshotCause(cause, t) }) : null;
    }
    case 'loadDataBase':
      return t('ex.loadDataBase', {
        sid,
        zxid,
        snapshot: String(d['snapshotZxid']),
        count: Number(d['replayed']),
      });
    case 'fastForward':
      return t('ex.fastForward', { sid, zxid, count: Number(d['replayed']) });
    case 'reload':
      return t('ex.reload', { sid, zxid });
    case 'dirtySnapshot':
      return t('ex.dirtySnapshot', {
        sid,
        zxid: String(d['truncZxid']),
        snapshot: String(d['snapshotZxid']),
      });
    case 'commitLogCount':
      return t('ex.commitLogCount', {
        sid,
        count: Number(d['configured']),
        floor: Number(d['floor']),
      });
    default:
      return null;
  }
}

function explainRest(ev: LogEv, t: Translate, info: RunInfo | null): string {
  const d = ev.data ?? {};
  const sid = ev.sid;
  if (typeof d['notTimeoutMs'] === 'number')
    return t('ex.notTimeout', { sid, ms: d['notTimeoutMs'] });
  if (ev.text.startsWith('LEADING - discovery')) {
    return t('ex.leadingDiscovery', {
      sid,
      limit: info ? seconds(info.initLimit * info.tickTimeMs) : '',
    });
  }
  const connecting = /^(Following|Observing) S(\d+): connecting/.exec(ev.text);
  if (connecting) {
    return t('ex.connecting', {
      sid,
      leader: Number(connecting[2]),
      limit: info ? seconds(info.initLimit * info.tickTimeMs) : '',
    });
  }
  return ev.text;
}

function explainAction(text: string, t: Translate): string {
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
  return text;
}

/** One sentence for one log entry. */
export function explain(entry: LogEntryView, t: Translate, info: RunInfo | null): string {
  const ev = entry.ev;
  switch (ev.k) {
    case 'log':
      return explainLog(ev, t, info);
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
      return explainAction(ev.text, t);
    case 'violation':
      return t('ex.violation', { invariant: ev.invariant, detail: ev.detail });
    case 'timer':
      return t('ex.timer', { sid: ev.sid, name: ev.name });
    case 'drop':
      return t('ex.drop', {
        kind: ev.label,
        from: ev.from,
        to: ev.to,
        reason: explainReason(ev.reason, t),
      });
    case 'send':
    case 'deliver':
      return `${ev.label} S${ev.from} → S${ev.to}`;
  }
}
