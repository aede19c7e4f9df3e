// Proves the failover formulas: detection (one network delay for a crash, syncLimit x tickTime for
// a silent leader), FLE's finalizeWait, the unavailability window as their sum, the session
// timeout ZooKeeper grants (clamped to 2-20 ticks), and which sessions survive: expired by the
// client (3.9.3+, 4T/3 without a server) or by the new leader (reconnect slower than T).
import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_PARAMS as P } from './params';
import {
  CLIENT_RECONNECT_SLEEPS_MS,
  FINALIZE_WAIT_MS,
  failover,
  negotiatedSessionTimeoutMs,
  snapshotTransferMs,
  syncMs,
} from './timing';

describe('failover', () => {
  it('detects a crash after one network delay and a silent leader after syncLimit ticks', () => {
    const p = { ...P, oneWayMs: 1, fsyncMs: 2, tickTimeMs: 2000, syncLimit: 5 };
    const crash = failover('crash', p);
    expect(crash.detectMs).toBe(1);
    expect(crash.electionMs).toBe(2 + FINALIZE_WAIT_MS);
    expect(crash.syncMs).toBe(8 + 4);
    expect(crash.unavailableMs).toBe(1 + 202 + 12);
    const silent = failover('silent', p);
    expect(silent.detectMs).toBe(10_000);
    expect(silent.unavailableMs).toBe(10_000 + 202 + 12);
    expect(syncMs(p)).toBe(12);
  });

  it('lets default sessions survive both modes', () => {
    for (const mode of ['crash', 'silent'] as const) {
      const s = failover(mode, P).sessions;
      expect(s).toMatchObject({ timeoutMs: 30_000, survives: true });
      expect(s.clientGapMs).toBeCloseTo(
        failover(mode, P).unavailableMs + failover(mode, P).reconnectMsMax,
        9,
      );
    }
  });

  it('expires sessions at the client when the gap passes 4T/3', () => {
    const p = { ...P, sessionTimeoutMs: 4000 };
    expect(failover('crash', p).sessions.survives).toBe(true);
    const silent = failover('silent', p).sessions;
    expect(silent.clientExpiryMs).toBeCloseTo(16_000 / 3, 9);
    expect(silent).toMatchObject({
      expiredByClient: true,
      expiredByServer: false,
      survives: false,
    });
  });

  it('expires sessions at the new leader when T is shorter than a reconnect', () => {
    const p = { ...P, tickTimeMs: 50, sessionTimeoutMs: 1000 };
    const s = failover('crash', p).sessions;
    expect(s.timeoutMs).toBe(1000);
    expect(failover('crash', p).reconnectMsMax).toBeGreaterThan(CLIENT_RECONNECT_SLEEPS_MS);
    expect(s).toMatchObject({ expiredByServer: true, survives: false });
  });
});

describe('negotiatedSessionTimeoutMs', () => {
  it('clamps the request to 2 to 20 ticks, as processConnectRequest does', () => {
    expect(negotiatedSessionTimeoutMs({ ...P, sessionTimeoutMs: 1000 })).toBe(4000);
    expect(negotiatedSessionTimeoutMs({ ...P, sessionTimeoutMs: 90_000 })).toBe(40_000);
    expect(negotiatedSessionTimeoutMs({ ...P, sessionTimeoutMs: 12_345 })).toBe(12_345);
  });
});

describe('snapshotTransferMs', () => {
  it("sends the snapshot over the link and writes it to the learner's disk", () => {
    // 100 MB at 1000 Mbit/s is 0.8 s; at 80 MB/s on disk, 1.25 s.
    expect(snapshotTransferMs({ ...P, snapshotMB: 100, linkMbps: 1000, diskMBps: 80 })).toBeCloseTo(
      2050,
      9,
    );
    expect(snapshotTransferMs({ ...P, snapshotMB: 0 })).toBe(0);
  });
});
