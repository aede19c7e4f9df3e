/**
 * Live mode against a real ZooKeeper 3.8 ensemble (Debian's package; CI on this machine has Java,
 * so a missing JRE fails the test with the command to install it instead of skipping). It proves
 * what issue 18 asks of `npm run live`: it starts three servers and prints a link; through the
 * bridge a client sees a leader, crashes it by a click's command, and sees a new leader with a
 * higher epoch, both in the polled status and in the parsed logs; a write gets a zxid of the new
 * epoch; a wrong token is refused; every record streamed is numbered without a hole, and a second
 * page that says the last seq it has gets exactly the newer records. Then each way of stopping it (SIGTERM, Ctrl-C, the command
 * killed outright, its parent dying) leaves none of the processes it started, checked by pid.
 */
import { existsSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../logs/kinds';
import type { BridgeMessage } from '../../protocol/live';
import {
  BridgeClient,
  bridgeUrl,
  ELECTION_DEADLINE_MS,
  EXIT_DEADLINE_MS,
  requireJavaAndZooKeeper,
  runDir,
  settledLeader,
  startLive,
  waitAllGone,
} from './liveTestKit';
import { WsClient } from './wsClient';

function acked(client: BridgeClient, id: number) {
  return client.until(`the answer to command ${id}`, ELECTION_DEADLINE_MS, () => {
    const m = client.messages.find((x) => x.type === 'ack' && x.id === id);
    return (m as Extract<BridgeMessage, { type: 'ack' }> | undefined) ?? null;
  });
}

function events(client: BridgeClient): LogEvent[] {
  return client.messages.flatMap((m) => (m.type === 'events' ? m.events : []));
}

/** The seq of every record received, in order. */
function seqs(client: BridgeClient): number[] {
  return client.messages.flatMap((m) =>
    m.type === 'events' ? m.events.map((_e, i) => m.seq + i) : [],
  );
}

/** The three JVMs' pids once the bridge reports them. */
async function serverPids(client: BridgeClient): Promise<number[]> {
  return client.until('three running servers', ELECTION_DEADLINE_MS, () => {
    const pids = client.latestStatus().flatMap((s) => (s.pid === null ? [] : [s.pid]));
    return pids.length === 3 ? pids : null;
  });
}

describe('npm run live with a real ZooKeeper ensemble', () => {
  it('shows a leader, a crash of it and a new leader with a higher epoch, then stops cleanly', async () => {
    requireJavaAndZooKeeper();
    const run = startLive();
    try {
      const url = await bridgeUrl(run);
      expect(url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/[\w-]{20,}$/);

      const wrong = await WsClient.connect(url.replace(/\/[^/]+$/, '/not-the-token'));
      await wrong.next(10_000);
      expect(wrong.messages.map((m) => JSON.parse(m))).toEqual([
        { type: 'refused', reason: 'token' },
      ]);

      const client = await BridgeClient.connect(url);
      const pids = await serverPids(client);
      const first = await client.until('a leader and two followers', ELECTION_DEADLINE_MS, () =>
        settledLeader(client.latestStatus(), 3),
      );
      client.ws.send(JSON.stringify({ type: 'crash', id: 1, sid: first.sid }));
      expect(await acked(client, 1)).toMatchObject({ ok: true, command: 'crash' });
      const second = await client.until('a new leader', ELECTION_DEADLINE_MS, () => {
        const s = settledLeader(client.latestStatus(), 2);
        return s !== null && s.sid !== first.sid ? s : null;
      });
      expect(second.epoch).toBeGreaterThan(first.epoch);
      expect(client.latestStatus().find((s) => s.sid === first.sid)).toMatchObject({
        process: 'down',
        pid: null,
      });
      // The parsed logs tell the same story: the new leader's quorum in its new epoch.
      await client.until('the new leader quorum in the logs', ELECTION_DEADLINE_MS, () =>
        events(client).some(
          (e) =>
            e.code === 'leader.quorum' && e.sid === second.sid && e.params.epoch === second.epoch,
        )
          ? true
          : null,
      );

      // Numbered from 1 without a hole; a page reconnecting after seq n gets n + 1 onwards only.
      const numbers = seqs(client);
      expect(numbers).toEqual(numbers.map((_n, i) => i + 1));
      const after = numbers.length - 3;
      const again = await BridgeClient.connect(`${url}?after=${after}`);
      const resent = await again.until('the records after the seq asked', EXIT_DEADLINE_MS, () =>
        seqs(again).length >= 3 ? seqs(again) : null,
      );
      expect(resent.slice(0, 3)).toEqual([after + 1, after + 2, after + 3]);
      expect(events(again).slice(0, 3)).toEqual(events(client).slice(after, after + 3));
      again.ws.close();
      const bad = await WsClient.connect(`${url}?after=-1`);
      await bad.next(10_000);
      expect(bad.messages.map((m) => JSON.parse(m))).toEqual([
        { type: 'refused', reason: 'after' },
      ]);

      client.ws.send(JSON.stringify({ type: 'write', id: 2, path: '/live-test', data: 'hello' }));
      const write = await acked(client, 2);
      expect(write).toMatchObject({ ok: true, command: 'write' });
      if (write.ok) expect(BigInt(write.zxid!) >> 32n).toBe(BigInt(second.epoch));

      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(143);
      await waitAllGone(pids);
      expect(existsSync(runDir(run)!)).toBe(false);
    } finally {
      run.child.kill('SIGKILL');
    }
  });

  it.each([
    ['Ctrl-C (SIGINT)', 'SIGINT'],
    ['the command killed outright (SIGKILL)', 'SIGKILL'],
    ['its parent dying', 'parent'],
  ] as const)('stops every process it started on %s', async (_what, how) => {
    requireJavaAndZooKeeper();
    const run = startLive(how === 'parent');
    try {
      const client = await BridgeClient.connect(await bridgeUrl(run));
      const pids = await serverPids(client);
      run.child.kill(how === 'parent' ? 'SIGKILL' : how);
      await run.exited;
      await waitAllGone(pids);
      // The bridge goes too: its socket closes.
      await client.until('the bridge to close', EXIT_DEADLINE_MS, () =>
        client.ws.closedWith !== null ? true : null,
      );
      // Only SIGKILL leaves the temp dir behind: nothing can run after it. Checked once the
      // bridge has gone: when its parent dies, `run.exited` is the shell's exit, and the bridge
      // removes the dir after its JVMs are dead (a loaded machine showed the dir still there).
      if (how !== 'SIGKILL') expect(existsSync(runDir(run)!)).toBe(false);
    } finally {
      run.child.kill('SIGKILL');
      const dir = runDir(run);
      if (dir !== null) rmSync(dir, { recursive: true, force: true });
    }
  });
});
