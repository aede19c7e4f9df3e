/**
 * Which sentence a parsed log event reads as in the live event log: a message key and its
 * parameters, so the wording stays in the dictionaries (English and zh-CN) and the bridge sends
 * only codes. Codes without a sentence of their own read as "Log event <code>".
 */
import type { LogEvent } from '../../logs/kinds';
import type { MessageKey } from '../i18n/en';
import type { MessageParams } from '../i18n/t';

export interface Described {
  key: MessageKey;
  params: MessageParams;
}

export function describeEvent(e: LogEvent): Described {
  switch (e.code) {
    case 'server.started':
      return { key: 'live.event.server.started', params: {} };
    case 'fle.election.started':
      return { key: 'live.event.fle.election.started', params: { zxid: e.params.zxid } };
    case 'fle.notification.received': {
      const p = e.params;
      const params = {
        from: p.from,
        state: p.state,
        leader: p.leader,
        peerEpoch: p.peerEpoch,
        zxid: p.zxid,
      };
      return { key: 'live.event.fle.notification.received', params };
    }
    case 'state':
      return { key: 'live.event.state', params: { state: e.params.state } };
    case 'election.took':
      return { key: 'live.event.election.took', params: { ...e.params } };
    case 'epoch.current':
      return { key: 'live.event.epoch.current', params: { epoch: e.params.epoch } };
    case 'epoch.accepted':
      return { key: 'live.event.epoch.accepted', params: { epoch: e.params.epoch } };
    case 'leader.quorum':
      return {
        key: 'live.event.leader.quorum',
        params: { sids: e.params.sids.join(', '), epoch: e.params.epoch },
      };
    case 'leader.learner':
      return { key: 'live.event.leader.learner', params: { sid: e.params.sid } };
    case 'sync.mode':
      return { key: 'live.event.sync.mode', params: { mode: e.params.mode } };
    case 'leader.sync':
      return { key: 'live.event.leader.sync', params: { sid: e.params.sid } };
    case 'leader.newleader':
      return { key: 'live.event.leader.newleader', params: { epoch: e.params.epoch } };
    case 'learner.newleader':
    case 'learner.uptodate':
    case 'leader.shutdown':
      return { key: `live.event.${e.code}`, params: {} };
    case 'learner.disconnected':
      return {
        key: 'live.event.learner.disconnected',
        params: { connectedMs: e.params.connectedMs },
      };
    case 'session.established':
    case 'session.committed':
    case 'session.expired':
    case 'session.closing':
      return { key: `live.event.${e.code}`, params: { session: e.params.session } };
    case 'connection.error':
      return { key: 'live.event.connection.error', params: { kind: e.params.kind } };
    case 'timeout':
      return { key: 'live.event.timeout', params: { kind: e.params.kind } };
    default:
      return { key: 'live.event.other', params: { code: e.code } };
  }
}
