// Live mode in real Chromium against a fake bridge (a tiny WebSocket server in this test, on the
// bridge's own RFC 6455 code): opened with ?live=, the app shows the ensemble the bridge reports
// (states, epochs, the election, the logged events), a click on Crash sends the bridge a crash
// command for that server and the answer shows, as do a freeze and a refused command with its
// reason; a wrong token and a bridge that goes away each get
// a clear message; and without ?live the app opens no WebSocket and loads no live code.
import type { LogEvent } from '../src/logs/kinds';
import type { BridgeMessage, LiveServerStatus } from '../src/protocol/live';
import { listenWebSocket, type WsConnection, type WsServer } from '../src/cli/live/websocket';
import { expect, test } from './fixtures';

const TOKEN = 'test-token-1234567890';

function status(sid: number, mode: string | null, process: LiveServerStatus['process']) {
  return {
    sid,
    pid: process === 'down' ? null : 4000 + sid,
    process,
    mode,
    zxid: mode === null ? null : '0x100000000',
    epoch: 1,
    znodes: mode === null ? null : 5,
    clientPort: 21810 + sid,
  } satisfies LiveServerStatus;
}

function event(sid: number, at: string, rest: Pick<LogEvent, 'code' | 'params'>): LogEvent {
  return {
    ...rest,
    at: `2026-12-04T10:00:${at}`,
    ms: Date.parse(`2026-12-04T10:00:${at}Z`),
    sid,
    file: `server${sid}.log`,
    line: Number(at.replace('.', '')),
  } as LogEvent;
}

const EVENTS: LogEvent[] = [
  event(1, '01.000', { code: 'fle.election.started', params: { myid: 1, zxid: '0x0' } }),
  event(3, '01.500', { code: 'state', params: { state: 'LEADING', phase: null, syncMode: null } }),
  event(3, '01.600', { code: 'election.took', params: { state: 'LEADING', tookMs: 301 } }),
  event(3, '02.000', {
    code: 'leader.quorum',
    params: { sids: [1, 3], zxid: '0x100000000', epoch: 1 },
  }),
];

interface Fake {
  server: WsServer;
  commands: unknown[];
  connections: WsConnection[];
}

/** A bridge that greets with the ensemble above and answers a crash as the real one does. */
async function fakeBridge(): Promise<Fake> {
  const fake: Fake = { server: null as unknown as WsServer, commands: [], connections: [] };
  const send = (c: WsConnection, m: BridgeMessage) => c.send(JSON.stringify(m));
  fake.server = await listenWebSocket(0, (c, path) => {
    if (path !== `/${TOKEN}`) {
      send(c, { type: 'refused', reason: 'token' });
      return c.close(4401);
    }
    fake.connections.push(c);
    send(c, { type: 'hello', protocol: 1, servers: [1, 2, 3] });
    send(c, {
      type: 'status',
      servers: [
        status(1, 'follower', 'up'),
        status(2, 'follower', 'up'),
        status(3, 'leader', 'up'),
      ],
    });
    send(c, { type: 'events', events: EVENTS });
    c.onMessage((text) => {
      const command = JSON.parse(text) as { type: 'crash' | 'freeze'; id: number; sid: number };
      fake.commands.push(command);
      if (command.type === 'freeze') {
        // A frozen server answers no srvr: the bridge reports it frozen, without a mode.
        send(c, { type: 'ack', id: command.id, command: 'freeze', ok: true, zxid: null });
        return send(c, {
          type: 'status',
          servers: [
            status(1, null, 'frozen'),
            status(2, 'follower', 'up'),
            status(3, 'leader', 'up'),
          ],
        });
      }
      if (command.type !== 'crash') {
        const refusal = { error: 'server.not-frozen', detail: command.sid } as const;
        return send(c, {
          type: 'ack',
          id: command.id,
          command: command.type,
          ok: false,
          ...refusal,
        });
      }
      send(c, { type: 'ack', id: command.id, command: 'crash', ok: true, zxid: null });
      send(c, {
        type: 'status',
        servers: [status(1, null, 'up'), status(2, null, 'up'), status(3, null, 'down')],
      });
      send(c, {
        type: 'events',
        events: [
          event(1, '05.000', {
            code: 'state',
            params: { state: 'LOOKING', phase: null, syncMode: null },
          }),
          event(2, '05.100', {
            code: 'state',
            params: { state: 'LOOKING', phase: null, syncMode: null },
          }),
        ],
      });
    });
  });
  return fake;
}

let fake: Fake;
test.beforeEach(async () => {
  fake = await fakeBridge();
});
test.afterEach(async () => {
  await fake.server.close();
});

const liveUrl = (token = TOKEN) =>
  `/?live=${encodeURIComponent(`ws://127.0.0.1:${fake.server.port}/${token}`)}`;

test('shows the live ensemble and sends a crash for the server clicked', async ({ page }) => {
  await page.goto(liveUrl());
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  const leader = page.getByRole('listitem', { name: 'Server 3' });
  await expect(leader).toContainText('LEADING');
  await expect(leader).toContainText('running, pid 4003');
  await expect(page.getByRole('listitem', { name: 'Server 1' })).toContainText('FOLLOWING');
  await expect(
    page.getByText('Server 3 leads epoch 1, supported by 1, 3; the election took 301 ms'),
  ).toBeVisible();
  await expect(page.getByText('Quorum of supporters 1, 3 in epoch 1')).toBeVisible();

  await page.getByRole('button', { name: 'Crash server 3 (SIGKILL)' }).click();
  await expect(leader).toContainText('DOWN');
  expect(fake.commands).toEqual([{ type: 'crash', sid: 3, id: 1 }]);
  await expect(page.getByRole('log', { name: 'Answers to your commands' })).toContainText(
    'Crash server 3: done.',
  );
  await expect(page.getByText('Election in progress: Server 1, Server 2 LOOKING')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Crash server 3 (SIGKILL)' })).toBeDisabled();
});

test('freezes a server, and shows a refusal with its reason', async ({ page }) => {
  await page.goto(liveUrl());
  const follower = page.getByRole('listitem', { name: 'Server 1' });
  await expect(follower).toContainText('FOLLOWING');
  await expect(page.getByRole('button', { name: 'Resume server 1 (SIGCONT)' })).toBeDisabled();
  await page.getByRole('button', { name: 'Freeze server 1 (SIGSTOP)' }).click();
  await expect(follower).toContainText('FROZEN');
  await expect(follower).toContainText('stopped by SIGSTOP, pid 4001');
  await page.getByRole('button', { name: 'Restart server 2' }).click();
  const answers = page.getByRole('log', { name: 'Answers to your commands' });
  await expect(answers).toContainText('Restart server 2: refused. Server 2 is not frozen.');
  await expect(answers).toContainText('Freeze server 1: done.');
  expect(fake.commands).toEqual([
    { type: 'freeze', sid: 1, id: 1 },
    { type: 'restart', sid: 2, id: 2 },
  ]);
});

test('says when the bridge has gone, and in Chinese too', async ({ page }) => {
  await page.goto(`${liveUrl()}&lang=zh-CN`);
  await expect(page.getByRole('listitem', { name: '服务器 3' })).toContainText('LEADING');
  for (const c of fake.connections) c.close(1001);
  await expect(page.getByRole('status').filter({ hasText: '桥接程序已断开' })).toBeVisible();
  await expect(page.getByRole('button', { name: '使服务器 3 崩溃（SIGKILL）' })).toBeDisabled();
});

test('refuses a wrong token with a message, and shows nothing of the ensemble', async ({
  page,
}) => {
  await page.goto(liveUrl('not-the-right-token'));
  await expect(
    page.getByRole('status').filter({ hasText: 'refused this address’s token' }),
  ).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Server 1' })).toHaveCount(0);
});

test('refuses an address that is not a loopback bridge without connecting', async ({ page }) => {
  const sockets: string[] = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  await page.goto(`/?live=${encodeURIComponent('ws://example.org:80/abcdefgh1234')}`);
  await expect(page.getByRole('status').filter({ hasText: 'cannot be used' })).toBeVisible();
  expect(sockets).toEqual([]);
});

test('without ?live the app opens no WebSocket and loads no live code', async ({ page }) => {
  const sockets: string[] = [];
  const scripts: string[] = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Next change' })).toBeEnabled();
  expect(sockets).toEqual([]);
  expect(scripts.filter((s) => /LiveApp/.test(s))).toEqual([]);
  expect(fake.connections).toEqual([]);
});
