// Live mode in real Chromium against a fake bridge (a tiny WebSocket server in this test, on the
// bridge's own RFC 6455 code): opened with ?live=, the ensemble view shows the live ensemble the
// bridge reports, labelled LIVE (the ring's states from the logged records, the processes beside
// it), following the newest moment unless the person scrubs back; a click on Crash sends the
// bridge a crash command for that server and the answer and the re-election show, as do a freeze
// and a refused command with its reason; a wrong token, an unusable address and a bridge that goes
// away each get a clear message; and without ?live the app opens no WebSocket and loads no live
// code.
import type { LogEvent } from '../src/logs/kinds';
import { LIVE_PROTOCOL, type BridgeMessage, type LiveServerStatus } from '../src/protocol/live';
import { EVENTS_KEPT_MAX, LiveBacklog, readConnectPath } from '../src/cli/live/backlog';
import { listenWebSocket, type WsConnection, type WsServer } from '../src/cli/live/websocket';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button, scrubTo, server, settled, timeText } from './helpers';

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
  /** The `?after=` each connection asked with (0 without). */
  afters: number[];
  /** The bridge's numbered records (the real bridge's code). */
  backlog: LiveBacklog;
  /** Resends every record it keeps on a connection, whatever it was asked (an older bridge). */
  resendAll: boolean;
}

/** A bridge that greets with the ensemble above and answers a crash as the real one does. */
async function fakeBridge(keptMax = EVENTS_KEPT_MAX): Promise<Fake> {
  const fake: Fake = {
    server: null as unknown as WsServer,
    commands: [],
    connections: [],
    afters: [],
    backlog: new LiveBacklog(keptMax),
    resendAll: false,
  };
  fake.backlog.push(EVENTS);
  const send = (c: WsConnection, m: BridgeMessage) => c.send(JSON.stringify(m));
  // New records go to every page connected, numbered as the real bridge numbers them.
  const events = (list: LogEvent[]) => {
    for (const m of fake.backlog.push(list)) for (const c of fake.connections) send(c, m);
  };
  fake.server = await listenWebSocket(0, (c, path) => {
    const read = readConnectPath(path, TOKEN);
    if (!read.ok) {
      send(c, { type: 'refused', reason: read.reason });
      return c.close(4401);
    }
    fake.connections.push(c);
    fake.afters.push(read.after);
    c.onClose(() => fake.connections.splice(fake.connections.indexOf(c), 1));
    send(c, { type: 'hello', protocol: LIVE_PROTOCOL, servers: [1, 2, 3] });
    send(c, {
      type: 'status',
      servers: [
        status(1, 'follower', 'up'),
        status(2, 'follower', 'up'),
        status(3, 'leader', 'up'),
      ],
    });
    for (const m of fake.backlog.since(fake.resendAll ? 0 : read.after)) send(c, m);
    c.onMessage((text) => {
      const command = JSON.parse(text) as {
        type: 'crash' | 'freeze' | 'restart';
        id: number;
        sid: number;
      };
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
      if (command.type === 'restart' && command.sid === 3) {
        send(c, { type: 'ack', id: command.id, command: 'restart', ok: true, zxid: null });
        send(c, {
          type: 'status',
          servers: [status(1, null, 'up'), status(2, null, 'up'), status(3, null, 'up')],
        });
        return events([
          event(3, '06.000', {
            code: 'state',
            params: { state: 'LOOKING', phase: null, syncMode: null },
          }),
        ]);
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
      events([
        event(1, '05.000', {
          code: 'state',
          params: { state: 'LOOKING', phase: null, syncMode: null },
        }),
        event(2, '05.100', {
          code: 'state',
          params: { state: 'LOOKING', phase: null, syncMode: null },
        }),
      ]);
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

test('shows the live ensemble in the ensemble view, follows it, and crashes the server clicked', async ({
  page,
}) => {
  await page.goto(liveUrl());
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  // The same view as a replay: the ring, its event log and timeline, labelled LIVE.
  await expect(page.getByRole('heading', { name: 'LIVE Live ensemble' })).toBeVisible();
  // The Scenario menu names what is shown, not the preset loaded before it.
  await expect(page.getByLabel('Scenario', { exact: true }).locator('option:checked')).toHaveText(
    'Live ensemble: real servers',
  );
  await expect(server(page, 3)).toHaveAccessibleName(/^Server 3, LEADING, epoch 1/);
  await expect(page.getByText('Following the newest moment.')).toBeVisible();
  await expect(page.getByTestId('time')).toHaveText(timeText(1000));
  const processes = page.getByRole('list', { name: 'Servers' });
  const leader = processes.getByRole('listitem', { name: 'Server 3' });
  await expect(leader).toContainText('LEADING');
  await expect(leader).toContainText('running, pid 4003');
  await expect(processes.getByRole('listitem', { name: 'Server 1' })).toContainText('FOLLOWING');
  // Real logs cannot be changed by the simulator's tools: the processes' buttons act instead.
  await expect(page.getByRole('button', { name: /^Crash server \d+$/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Crash server 3 (SIGKILL)' }).click();
  await expect(leader).toContainText('DOWN');
  expect(fake.commands).toEqual([{ type: 'crash', sid: 3, id: 1 }]);
  await expect(page.getByRole('log', { name: 'Answers to your commands' })).toContainText(
    'Crash server 3: done.',
  );
  // Its peers' logs say they look for a new leader: the view moved to that newest moment.
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, LOOKING/);
  await expect(server(page, 2)).toHaveAccessibleName(/^Server 2, LOOKING/);
  await expect(page.getByTestId('time')).toHaveText(timeText(4100));
  await expect(page.getByRole('button', { name: 'Crash server 3 (SIGKILL)' })).toBeDisabled();

  // Scrubbed back, the view stays there while the ensemble goes on, until asked to follow again.
  await scrubTo(page, 600);
  await expect(server(page, 3)).toHaveAccessibleName(/^Server 3, LEADING/);
  await page.getByRole('button', { name: 'Restart server 3' }).click();
  await expect(leader).toContainText('not serving');
  await expect(page.getByRole('log', { name: 'Answers to your commands' })).toContainText(
    'Restart server 3: done.',
  );
  await settled(page);
  await expect(page.getByTestId('time')).toHaveText(timeText(600));
  await expect(server(page, 3)).toHaveAccessibleName(/^Server 3, LEADING/);
  await button(page, 'Follow the newest moment').click();
  await expect(page.getByTestId('time')).toHaveText(timeText(5000));
  await expect(server(page, 3)).toHaveAccessibleName(/^Server 3, LOOKING/);
  await expect(page.getByText('Following the newest moment.')).toBeVisible();
});

/** A server's log line saying it changed state. */
const state = (sid: number, at: string, to: 'LOOKING' | 'FOLLOWING') =>
  event(sid, at, { code: 'state', params: { state: to, phase: null, syncMode: null } });

const FOLLOWER_2 = state(2, '02.500', 'FOLLOWING');

/** What the bridge sends on its own, as the servers log (no command asked for it). */
function push(events: LogEvent[]) {
  for (const m of fake.backlog.push(events))
    for (const c of fake.connections) c.send(JSON.stringify(m));
}

test('goes back to the live ensemble from a fork and from another scenario, at its newest moment', async ({
  page,
}) => {
  await page.goto(liveUrl());
  await expect(page.getByRole('heading', { name: 'LIVE Live ensemble' })).toBeVisible();
  // A fork needs every server's log to have spoken (servers numbered 1 to N).
  push([FOLLOWER_2]);
  await expect(page.getByTestId('time')).toHaveText(timeText(1500));
  // At the newest moment the transport bar says more is coming, not that the run ends.
  const transport = page.getByRole('contentinfo');
  await expect(
    transport.getByText('Live: more events arrive as the servers log them (newest at 1.500 s).'),
  ).toBeVisible();
  await expect(transport.getByText(/The run ends at/)).toHaveCount(0);
  await expect(button(page, 'Back to the live ensemble')).toHaveCount(0);

  await button(page, 'Continue in the simulator').click();
  await expect(page.getByRole('heading', { name: 'Continued from the real logs' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'LIVE Live ensemble' })).toHaveCount(0);
  // In live mode the fork's notes are folded to their title, opened on demand.
  const dismiss = button(page, 'Close');
  await expect(dismiss).toBeHidden();
  await page.getByText('What the logs gave and what was inferred').click();
  await expect(dismiss).toBeVisible();
  // So are the real servers' controls while a simulation is shown.
  const crash = page.getByRole('button', { name: 'Crash server 1 (SIGKILL)' });
  await expect(crash).toBeHidden();
  await page.getByText('Crash, freeze, resume, restart or write to the 3 real servers').click();
  await expect(crash).toBeEnabled();
  // The ensemble goes on while the simulation is shown.
  push([state(1, '07.000', 'LOOKING')]);
  await expect(page.getByText(/the live ensemble goes on \(6 records so far\)/)).toBeVisible();
  await settled(page);
  await button(page, 'Back to the live ensemble').click();
  await expect(page.getByRole('heading', { name: 'LIVE Live ensemble' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Continued from the real logs' })).toHaveCount(0);
  await expect(page.getByTestId('time')).toHaveText(timeText(6000));
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, LOOKING/);
  await expect(page.getByText('Following the newest moment.')).toBeVisible();
  await expect(button(page, 'Back to the live ensemble')).toHaveCount(0);
  await expect(
    transport.getByText('Live: more events arrive as the servers log them (newest at 6.000 s).'),
  ).toBeVisible();

  // Another scenario picked from the menu: the same way back, to records that came meanwhile.
  const menu = page.getByLabel('Scenario', { exact: true });
  const option = menu.locator('option').filter({ hasText: /frozen holder/ });
  await menu.selectOption((await option.getAttribute('value')) as string);
  await settled(page);
  await expect(page.getByRole('heading', { name: 'LIVE Live ensemble' })).toHaveCount(0);
  push([state(2, '08.000', 'LOOKING')]);
  await expect(page.getByText(/the live ensemble goes on \(7 records so far\)/)).toBeVisible();
  await button(page, 'Back to the live ensemble').click();
  await expect(page.getByRole('heading', { name: 'LIVE Live ensemble' })).toBeVisible();
  await expect(page.getByTestId('time')).toHaveText(timeText(7000));
  await expect(server(page, 2)).toHaveAccessibleName(/^Server 2, LOOKING/);
  // Following again: the next record moves the view with it.
  push([state(3, '09.000', 'LOOKING')]);
  await expect(page.getByTestId('time')).toHaveText(timeText(8000));
  await expect(server(page, 3)).toHaveAccessibleName(/^Server 3, LOOKING/);
});

test('says the run is live in Chinese, and offers the way back', async ({ page }) => {
  await page.goto(`${liveUrl()}&lang=zh-CN`);
  await expect(page.getByRole('heading', { name: '实时 实时集群' })).toBeVisible();
  await expect(page.getByLabel('场景', { exact: true }).locator('option:checked')).toHaveText(
    '实时集群：真实服务器',
  );
  await expect(
    page.getByRole('contentinfo').getByText(/^实时：服务器写入日志时会有更多事件到来/),
  ).toBeVisible();
  push([FOLLOWER_2]);
  await expect(page.getByTestId('time')).toHaveText(timeText(1500));
  await button(page, '在模拟器中继续').click();
  await button(page, '回到实时集群').click();
  await expect(page.getByRole('heading', { name: '实时 实时集群' })).toBeVisible();
});

/** The event log's entries ("What happened"), as the reader sees them. */
const entries = (page: Page) =>
  page
    .getByRole('list', { name: 'Events, oldest first; choose one to go there' })
    .getByRole('listitem');

/** Every entry of the event log, checking that none is there twice. */
async function distinctEntries(page: Page): Promise<string[]> {
  await settled(page);
  const texts = await entries(page).allTextContents();
  expect(texts.length).toBeGreaterThan(0);
  expect(new Set(texts).size).toBe(texts.length);
  return texts;
}

/** Opens live mode at the fake bridge's four records; the event log's entries then. */
async function openLive(page: Page): Promise<string[]> {
  await page.goto(liveUrl());
  await expect(page.getByRole('heading', { name: 'LIVE Live ensemble' })).toBeVisible();
  await expect(page.getByTestId('time')).toHaveText(timeText(1000));
  return distinctEntries(page);
}

/** The event log now: what it had before, once, and more after it. */
async function grownFrom(page: Page, before: string[]): Promise<string[]> {
  const now = await distinctEntries(page);
  expect(now.slice(0, before.length)).toEqual(before);
  expect(now.length).toBeGreaterThan(before.length);
  return now;
}

test('keeps the connection through the other views, with no record twice and new ones arriving', async ({
  page,
}) => {
  const first = await openLive(page);

  // Away in the other views, the connection stays open and the ensemble goes on.
  await page.getByRole('tab', { name: 'Plan' }).click();
  await expect(page.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-selected', 'true');
  push([FOLLOWER_2]);
  await page.getByRole('tab', { name: 'Learn' }).click();
  await expect(page.getByRole('tab', { name: 'Learn' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Load balancing' }).click();
  await expect(page.getByRole('tab', { name: 'Load balancing' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.getByRole('tab', { name: 'Ensemble' }).click();
  await expect(page.getByRole('heading', { name: 'LIVE Live ensemble' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  await expect(page.getByTestId('time')).toHaveText(timeText(1500));
  await expect(server(page, 2)).toHaveAccessibleName(/^Server 2, FOLLOWING/);
  const back = await grownFrom(page, first);
  // One connection all along: nothing was resent.
  expect(fake.afters).toEqual([0]);

  // New records still arrive, once each.
  push([state(1, '03.000', 'LOOKING')]);
  await expect(page.getByTestId('time')).toHaveText(timeText(2000));
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, LOOKING/);
  await grownFrom(page, back);
});

test('reconnects after the socket drops, asking only for newer records, and adds none twice', async ({
  page,
}) => {
  const first = await openLive(page);

  // The socket drops; the ensemble goes on meanwhile.
  for (const c of [...fake.connections]) c.close(1001);
  await expect(page.getByRole('status').filter({ hasText: 'The bridge has gone' })).toBeVisible();
  push([FOLLOWER_2]);
  await button(page, 'Reconnect').click();
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  await expect(page.getByTestId('time')).toHaveText(timeText(1500));
  // The page said what it had: the four records of the first connection.
  expect(fake.afters).toEqual([0, EVENTS.length]);
  const back = await grownFrom(page, first);

  // A bridge that resends everything it keeps anyway: the page drops what it has.
  fake.resendAll = true;
  for (const c of [...fake.connections]) c.close(1001);
  await button(page, 'Reconnect').click();
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  expect(fake.afters).toEqual([0, EVENTS.length, EVENTS.length + 1]);
  push([state(1, '03.000', 'LOOKING')]);
  await expect(page.getByTestId('time')).toHaveText(timeText(2000));
  await grownFrom(page, back);
  await expect(page.getByRole('alert', { name: 'Missing records' })).toHaveCount(0);
});

test('says which records are missing when the bridge no longer has them', async ({ page }) => {
  await fake.server.close();
  // A bridge that keeps only its newest 2 records.
  fake = await fakeBridge(2);
  await page.goto(liveUrl());
  // It had dropped the first 2 of its 4 records before the page connected.
  const gaps = page.getByRole('alert', { name: 'Missing records' });
  await expect(gaps).toContainText(
    'Missing records: the first 2. The bridge no longer had them when this page connected (it keeps only the newest), so the live ensemble is shown from 2026-12-04 10:00:01.600.',
  );
  await expect(page.getByTestId('time')).toHaveText(timeText(400));
  for (const c of [...fake.connections]) c.close(1001);
  push([FOLLOWER_2, state(1, '03.000', 'LOOKING'), state(1, '04.000', 'FOLLOWING')]);
  push([state(3, '04.500', 'LOOKING')]);
  await button(page, 'Reconnect').click();
  // Records 5 and 6 went by while the page was away: said, with the log times around them.
  await expect(gaps).toContainText(
    'Missing records: 2, logged between 2026-12-04 10:00:02.000 and 2026-12-04 10:00:04.000.',
  );
  expect(fake.afters).toEqual([0, 4]);
  await expect(page.getByTestId('time')).toHaveText(timeText(2900));
  await expect(server(page, 1)).toHaveAccessibleName(/^Server 1, FOLLOWING/);
});

test('freezes a server, and shows a refusal with its reason', async ({ page }) => {
  await page.goto(liveUrl());
  const follower = page
    .getByRole('list', { name: 'Servers' })
    .getByRole('listitem', { name: 'Server 1' });
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
  await expect(page.getByRole('heading', { name: '实时 实时集群' })).toBeVisible();
  await expect(page.getByRole('listitem', { name: '服务器 3' })).toContainText('LEADING');
  for (const c of [...fake.connections]) c.close(1001);
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
  await expect(page.getByRole('heading', { name: /Live ensemble/ })).toHaveCount(0);
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
  expect(scripts.filter((s) => /LivePanel/.test(s))).toEqual([]);
  await expect(page.getByRole('heading', { name: /Real processes/ })).toHaveCount(0);
  expect(fake.afters).toEqual([]);
});

/** The live ensemble at a window size, all three servers logged, the picture settled. */
async function openLiveAtSize(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.goto(liveUrl());
  await expect(page.getByRole('heading', { name: 'LIVE Live ensemble' })).toBeVisible();
  push([FOLLOWER_2]);
  await expect(page.getByTestId('time')).toHaveText(timeText(1500));
  await expect(server(page, 2)).toHaveAccessibleName(/^Server 2, FOLLOWING/);
  await settled(page);
}

test('at 1024x768 the live ring is in sight beside the real processes, without scrolling', async ({
  page,
}) => {
  await openLiveAtSize(page, 1024, 768);
  // The part of the page the stage shows (above the transport bar): every card wholly inside it.
  const main = await page.getByRole('main').boundingBox();
  expect(main).not.toBeNull();
  const top = Math.max(0, main!.y);
  const bottom = Math.min(768, main!.y + main!.height);
  for (const sid of [1, 2, 3]) {
    const card = await server(page, sid).boundingBox();
    expect(card, `server ${sid}`).not.toBeNull();
    expect(card!.y, `server ${sid} top`).toBeGreaterThanOrEqual(top);
    expect(card!.y + card!.height, `server ${sid} bottom`).toBeLessThanOrEqual(bottom);
    expect(card!.x + card!.width, `server ${sid} right`).toBeLessThanOrEqual(1024);
  }
  // The strip is still all there, by name: the first server's buttons in sight too.
  await expect(page.getByRole('button', { name: 'Crash server 1 (SIGKILL)' })).toBeInViewport();
  await expect(page.getByText('Write through a real client')).toBeAttached();
});

test('at 1440x900 the live ring is whole in the picture: the legend folds while live', async ({
  page,
}) => {
  await openLiveAtSize(page, 1440, 900);
  // The banner and the real processes' strip take the legend's rows: folded, a person opens it.
  await expect(page.locator('details.legend')).not.toHaveAttribute('open', '');
  const picture = await page.locator('.ensemble-wrap').first().boundingBox();
  expect(picture).not.toBeNull();
  for (const sid of [1, 2, 3]) {
    const card = await server(page, sid).boundingBox();
    expect(card, `server ${sid}`).not.toBeNull();
    expect(card!.y, `server ${sid} top`).toBeGreaterThanOrEqual(picture!.y);
    expect(card!.y + card!.height, `server ${sid} bottom`).toBeLessThanOrEqual(
      picture!.y + picture!.height,
    );
  }
});
