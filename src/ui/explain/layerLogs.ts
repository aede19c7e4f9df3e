/**
 * The client's, the session layer's and the lab's trace lines in the reader's language, rendered
 * from their codes and typed parameters (sim/client/logCodes.ts, sim/zk/sessionLogCodes.ts,
 * sim/lab/logCodes.ts): one table per owner, each checked for completeness by the compiler, and
 * no reading of the simulation's English line.
 */
import type { ClientLogData, ClientLogKind, ClientLogOf } from '../../sim/vocabulary';
import type { DisconnectCause, ExpiryCause } from '../../sim/vocabulary';
import { isClientLogKind } from '../../sim/vocabulary';
import {
  isLabLogKind,
  type LabLogData,
  type LabLogKind,
  type LabLogOf,
} from '../../sim/vocabulary';
import {
  isSessionLogKind,
  type SessionLogData,
  type SessionLogKind,
  type SessionLogOf,
} from '../../sim/vocabulary';
import type { Translate } from '../i18n/t';
import { seconds } from './reasons';

type Render<D> = (sid: number, d: D, t: Translate) => string;

const server = (sid: number | null, t: Translate): string =>
  sid === null ? t('ex.client.unknownServer') : `S${sid}`;

function disconnectCause(c: DisconnectCause, t: Translate): string {
  switch (c.code) {
    case 'connectTimeout':
      return t('why.client.connectTimeout', { server: server(c.server, t) });
    case 'readTimeout':
      return t('why.client.readTimeout', { time: seconds(c.limitMs) });
    case 'closedByServer':
      return t('why.client.closedByServer', { server: server(c.server, t) });
  }
}

function expiryCause(c: ExpiryCause, t: Translate): string {
  return c.code === 'localExpiry'
    ? t('why.client.localExpiry')
    : t('why.client.sessionInvalid', { server: server(c.server, t) });
}

const CLIENT: { [K in ClientLogKind]: Render<ClientLogOf<K>> } = {
  clientConnected: (_sid, d, t) =>
    t('ex.client.connected', {
      client: d.client,
      server: server(d.server, t),
      session: d.session,
      time: seconds(d.timeoutMs),
    }),
  clientDisconnected: (_sid, d, t) =>
    t('ex.client.disconnected', { client: d.client, cause: disconnectCause(d.cause, t) }),
  clientExpired: (_sid, d, t) =>
    t('ex.client.expired', {
      client: d.client,
      session: d.session ?? '?',
      cause: expiryCause(d.cause, t),
    }),
  clientCrashed: (_sid, d, t) =>
    d.session === null
      ? t('ex.client.crashedNoSession', { client: d.client })
      : t('ex.client.crashed', { client: d.client, session: d.session }),
};

const SESSION: { [K in SessionLogKind]: Render<SessionLogOf<K>> } = {
  sessionRefused: (sid, d, t) =>
    t('ex.session.refused', { sid, client: d.client, seen: d.clientZxid, last: d.serverZxid }),
  sessionEstablished: (sid, d, t) =>
    t('ex.session.established', {
      sid,
      client: d.client,
      session: d.session,
      time: seconds(d.timeoutMs),
    }),
  sessionRevalidated: (sid, d, t) =>
    t('ex.session.revalidated', { sid, client: d.client, session: d.session }),
  sessionInvalid: (sid, d, t) =>
    t('ex.session.invalid', { sid, client: d.client, session: d.session }),
  expire: (sid, d, t) =>
    d.timeoutMs === null
      ? t('ex.session.expireNoTimeout', { sid, session: d.session })
      : t('ex.session.expire', { sid, session: d.session, time: seconds(d.timeoutMs) }),
};

const share = (x: number | null, t: Translate): string =>
  x === null ? t('ex.lb.unknownShare') : `${Math.round(x * 100)}%`;

const LAB: { [K in LabLogKind]: Render<LabLogOf<K>> } = {
  lbMembership: (_sid, d, t) =>
    t(d.change === 'added' ? 'ex.lb.added' : 'ex.lb.removed', {
      backend: d.backend,
      view: d.view.length === 0 ? t('ex.lb.emptyView') : d.view.join(', '),
      hashMod: share(d.hashModMoved, t),
      ring: share(d.consistentHashMoved, t),
    }),
  lbTraffic: (_sid, d, t) => t('ex.lb.traffic', { rate: d.ratePerSec }),
};

/**
 * The sentence for a client, session or lab line of node `sid`, or null when `data` carries none
 * of their codes. The trace's data is plain JSON; a known code carries the parameters its owner's
 * code table types.
 */
export function explainLayerLog(
  sid: number,
  data: Record<string, unknown>,
  t: Translate,
): string | null {
  // TypeScript cannot correlate a table's entry with the data's own variant; the tables' types do.
  const kind = data['kind'];
  if (isClientLogKind(kind))
    return (CLIENT[kind] as Render<ClientLogData>)(sid, data as ClientLogData, t);
  if (isSessionLogKind(kind))
    return (SESSION[kind] as Render<SessionLogData>)(sid, data as SessionLogData, t);
  if (isLabLogKind(kind)) return (LAB[kind] as Render<LabLogData>)(sid, data as LabLogData, t);
  return null;
}
