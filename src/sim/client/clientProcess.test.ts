/**
 * The client process alone, driven through a recording port: it tries a seeded shuffle of its
 * connect string round robin with T/#servers per attempt and a 1 s pause after a full pass; once
 * connected it pings at T/3 and drops the connection after 2T/3 of silence, failing in-flight
 * requests with ConnectionLoss; it declares Expired 4T/3 after it last heard from a server, and a
 * server's "timeout 0" answer expires it at once.
 */
import { describe, expect, it } from 'vitest';
import { prngFor } from '../kernel/prng';
import { makeZxid, ZXID_ZERO } from '../zab/zxid';
import type { ClientMessage } from './clientMessages';
import {
  newClient,
  onClientMessage,
  onClientTimer,
  startClient,
  submit,
  type ClientPort,
  type ClientTimer,
} from './clientProcess';

function harness(hosts = [1, 2, 3], timeoutMs = 6000) {
  const sent: { to: number; m: ClientMessage }[] = [];
  const timers: Partial<Record<ClientTimer, number>> = {};
  let now = 0,
    conn = 100;
  const port: ClientPort = {
    get nowMs() {
      return now;
    },
    rng: prngFor(1, 'client:test'),
    send: (to, m) => sent.push({ to, m }),
    setTimer: (name, delay) => {
      timers[name] = now + delay;
    },
    cancelTimer: (name) => {
      delete timers[name];
    },
    newConnId: () => ++conn,
    log: () => undefined,
  };
  const c = newClient('c', hosts, timeoutMs);
  const at = (t: number) => {
    now = t;
  };
  return { c, port, sent, timers, at };
}

describe('client process', () => {
  it('tries every host once per pass with T/#servers each, then pauses 1 s', () => {
    const h = harness();
    startClient(h.c, h.port);
    const tried = [h.sent[0]?.to];
    expect(h.timers['client.connect']).toBe(2000);
    for (let i = 1; i < 3; i++) {
      h.at(i * 2000);
      onClientTimer(h.c, 'client.connect', h.port);
      tried.push(h.sent[h.sent.length - 1]?.to);
    }
    expect([...tried].sort()).toEqual([1, 2, 3]);
    h.at(6000);
    onClientTimer(h.c, 'client.connect', h.port);
    expect(h.timers['client.retry']).toBe(7000);
  });

  it('connects, pings at T/3, and after 2T/3 of silence drops the connection and fails in-flight requests', () => {
    const h = harness([1], 6000);
    startClient(h.c, h.port);
    const conn = (h.sent[0]?.m as { conn: number }).conn;
    h.at(10);
    onClientMessage(
      h.c,
      1,
      { kind: 'ZK_CONNECTED', conn, sessionId: '0x1', timeoutMs: 6000 },
      h.port,
    );
    expect(h.c.status).toBe('CONNECTED');
    expect(h.timers['client.ping']).toBe(2010);
    expect(h.timers['client.read']).toBe(4010);
    submit(h.c, { op: 'get', path: '/a', watch: false }, h.port);
    h.at(4010);
    onClientTimer(h.c, 'client.read', h.port);
    expect(h.c.status).toBe('DISCONNECTED');
    expect(h.c.results).toEqual([{ atMs: 4010, op: 'get', path: '/a', rc: 'ConnectionLoss' }]);
    expect(h.timers['client.expire']).toBe(10 + 8000);
  });

  it('reconnects with its session and its last zxid, and expires when the server says timeout 0', () => {
    const h = harness([1], 6000);
    startClient(h.c, h.port);
    const first = (h.sent[0]?.m as { conn: number }).conn;
    onClientMessage(
      h.c,
      1,
      { kind: 'ZK_CONNECTED', conn: first, sessionId: '0x7', timeoutMs: 6000 },
      h.port,
    );
    onClientMessage(h.c, 1, { kind: 'ZK_CLOSE', conn: first }, h.port);
    const reconnect = h.sent.filter((s) => s.m.kind === 'ZK_CONNECT').pop()?.m as Extract<
      ClientMessage,
      { kind: 'ZK_CONNECT' }
    >;
    expect(reconnect.sessionId).toBe('0x7');
    expect(reconnect.lastZxidSeen).toEqual(ZXID_ZERO);
    onClientMessage(
      h.c,
      1,
      { kind: 'ZK_CONNECTED', conn: reconnect.conn, sessionId: '0x7', timeoutMs: 0 },
      h.port,
    );
    expect(h.c.status).toBe('EXPIRED');
    submit(h.c, { op: 'get', path: '/a', watch: false }, h.port);
    expect(h.c.results.pop()?.rc).toBe('SessionExpired');
  });

  it('queues requests made while connecting and sends them once connected', () => {
    const h = harness([1]);
    startClient(h.c, h.port);
    submit(h.c, { op: 'create', path: '/q', data: '', mode: 'persistent' }, h.port);
    expect(h.sent.some((s) => s.m.kind === 'ZK_REQUEST')).toBe(false);
    const conn = (h.sent[0]?.m as { conn: number }).conn;
    onClientMessage(
      h.c,
      1,
      { kind: 'ZK_CONNECTED', conn, sessionId: '0x1', timeoutMs: 6000 },
      h.port,
    );
    expect(h.sent.filter((s) => s.m.kind === 'ZK_REQUEST')).toHaveLength(1);
  });

  it('takes lastZxidSeen from replies only, never from pings or watch events (ClientCnxn)', () => {
    const h = harness([1]);
    startClient(h.c, h.port);
    const conn = (h.sent[0]?.m as { conn: number }).conn;
    onClientMessage(
      h.c,
      1,
      { kind: 'ZK_CONNECTED', conn, sessionId: '0x1', timeoutMs: 6000 },
      h.port,
    );
    // A leader just activated answers pings with its (e, 0) lastProcessedZxid.
    onClientMessage(h.c, 1, { kind: 'ZK_PONG', conn, zxid: makeZxid(2, 0) }, h.port);
    onClientMessage(
      h.c,
      1,
      { kind: 'ZK_WATCH', conn, type: 'NodeCreated', path: '/w', zxid: makeZxid(2, 1) },
      h.port,
    );
    expect(h.c.lastZxidSeen).toEqual(ZXID_ZERO);
    submit(h.c, { op: 'get', path: '/a', watch: false }, h.port);
    const xid = (h.sent.filter((x) => x.m.kind === 'ZK_REQUEST').pop()?.m as { xid: number }).xid;
    onClientMessage(
      h.c,
      1,
      { kind: 'ZK_REPLY', conn, xid, reply: { rc: 'NoNode', zxid: makeZxid(2, 0) } },
      h.port,
    );
    expect(h.c.lastZxidSeen).toEqual(makeZxid(2, 0));
  });
});
