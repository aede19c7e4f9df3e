// Proves that every checker code and every bottleneck has an English line for the CLI: one line,
// no "undefined" or "NaN", with the severity and the code in front and the finding's numbers in it.
import { describe, expect, it } from 'vitest';
import type { Bottleneck } from './analytic';
import type { Finding, FindingCode } from './checker';
import { describeBottleneck, describeFinding } from './describe';
import { resourceIds } from './load';

/** One sample of every code; the Record type makes a new code without a sample a type error. */
const SAMPLES: Record<FindingCode, Finding> = {
  'session.timeout-below-min': {
    code: 'session.timeout-below-min',
    severity: 'refused',
    requestedMs: 1000,
    minMs: 4000,
  },
  'session.timeout-above-max': {
    code: 'session.timeout-above-max',
    severity: 'refused',
    requestedMs: 90_000,
    maxMs: 40_000,
  },
  'observers.without-quorum': {
    code: 'observers.without-quorum',
    severity: 'refused',
    observers: 2,
  },
  'voters.standalone': { code: 'voters.standalone', severity: 'note' },
  'voters.no-fault-tolerance': { code: 'voters.no-fault-tolerance', severity: 'unwise', voters: 2 },
  'voters.even': { code: 'voters.even', severity: 'unwise', voters: 4, toleratedFailures: 1 },
  'voters.many-for-writes': {
    code: 'voters.many-for-writes',
    severity: 'unwise',
    voters: 9,
    writeRatio: 0.5,
    writeOpsPerSec: 12_000,
    fewerVoters: 5,
    writeOpsPerSecWithFewer: 17_400,
  },
  'observers.for-read-scale': {
    code: 'observers.for-read-scale',
    severity: 'note',
    voters: 7,
    readRatio: 0.95,
    suggestedVoters: 5,
    suggestedObservers: 2,
  },
  'observers.add-leader-work': {
    code: 'observers.add-leader-work',
    severity: 'note',
    observers: 2,
    bottleneck: 'leader.nic',
  },
  'load.over-capacity': {
    code: 'load.over-capacity',
    severity: 'unwise',
    offeredOpsPerSec: 50_000,
    throughputOpsPerSec: 21_276.6,
    bottleneck: 'leader.cpu',
  },
  'load.past-knee': {
    code: 'load.past-knee',
    severity: 'note',
    offeredOpsPerSec: 20_000,
    kneeOpsPerSec: 18_853,
  },
  'syncLimit.shorter-than-ack': {
    code: 'syncLimit.shorter-than-ack',
    severity: 'unwise',
    syncLimitMs: 20,
    writeP99Ms: 31.4,
  },
  'initLimit.shorter-than-snapshot': {
    code: 'initLimit.shorter-than-snapshot',
    severity: 'unwise',
    initLimitMs: 20_000,
    snapshotMs: 205_000,
    snapshotMB: 10_000,
  },
  'session.expires-on-failover': {
    code: 'session.expires-on-failover',
    severity: 'unwise',
    mode: 'silent',
    timeoutMs: 4000,
    clientGapMs: 12_202,
    reconnectMs: 2000,
    by: 'client',
  },
};

describe('describeFinding', () => {
  it.each(Object.values(SAMPLES))('renders $code on one line', (finding) => {
    const line = describeFinding(finding);
    expect(line.startsWith(`${finding.severity} [${finding.code}]: `)).toBe(true);
    expect(line).not.toMatch(/undefined|NaN|\n/);
  });

  it('puts the numbers in the sentence', () => {
    expect(describeFinding(SAMPLES['session.timeout-below-min'])).toBe(
      'refused [session.timeout-below-min]: a session timeout of 1000 ms is below minSessionTimeout (2 x tickTime = 4000 ms); ZooKeeperServer.processConnectRequest raises it to 4000 ms',
    );
    expect(describeFinding(SAMPLES['load.over-capacity'])).toContain(
      '50,000 ops/s exceed the saturated 21,277 ops/s',
    );
    const clients = { ...SAMPLES['load.over-capacity'], bottleneck: 'clients' };
    expect(describeFinding(clients as Finding)).toContain("what the clients' requests in flight");
    const byServer = { ...SAMPLES['session.expires-on-failover'], by: 'server', mode: 'crash' };
    expect(describeFinding(byServer as Finding)).toContain('up to 2000 ms to reconnect');
  });
});

describe('describeBottleneck', () => {
  it('names every resource and the clients', () => {
    const all: Bottleneck[] = [...resourceIds(), 'clients'];
    const names = all.map(describeBottleneck);
    expect(new Set(names).size).toBe(all.length);
    for (const name of names) expect(name).toMatch(/^the |^each /);
  });
});
