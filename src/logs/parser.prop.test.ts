// Proves, for random input, that the parser never throws (arbitrary text, and lines in the layout
// whose messages are real ZooKeeper messages cut, spliced and mutated), and that the timeline is
// a function of the set of files: shuffling the files of a real log set, or shifting every clock
// by the same offset, changes nothing but the times. fast-check prints the seed of any failure.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeline, parseLogFile, type ParsedLog } from './index';

const REAL = new URL('../../fixtures/real-zookeeper/logs/', import.meta.url);

function parsed(id: string): ParsedLog[] {
  const dir = new URL(`${id}/`, REAL);
  return readdirSync(dir).map((name) => {
    const r = parseLogFile(name, readFileSync(new URL(name, dir), 'utf8'));
    if (!r.ok) throw new Error(name);
    return r.log;
  });
}

/** Messages of every rule, from the real logs: the raw material of the mutations. */
const MESSAGES = readFileSync(new URL('frozen-leader/server3.log', REAL), 'utf8')
  .split('\n')
  .map((l) => / - (?:INFO|WARN|ERROR) +\[.*?\] - (.*)$/.exec(l)?.[1])
  .filter((m): m is string => m !== undefined);

const mutatedMessage = fc
  .tuple(fc.constantFrom(...MESSAGES), fc.nat(), fc.nat(), fc.string({ maxLength: 12 }))
  .map(([m, a, b, insert]) => {
    const i = a % (m.length + 1);
    const j = i + (b % (m.length + 1 - i));
    return m.slice(0, i) + insert + m.slice(j);
  });

const layoutLine = fc
  .tuple(
    fc.constantFrom('', ' [myid:3]', ' [myid:]'),
    fc.constantFrom('INFO ', 'WARN ', 'DEBUG', 'ERROR'),
    fc.constantFrom(
      'QuorumPeer[myid=3](plain=x)(secure=disabled)',
      'main',
      'LearnerHandler-/127.0.0.1:5',
    ),
    fc.constantFrom(
      'Leader',
      'Follower',
      'QuorumPeer',
      'FastLeaderElection$Messenger$WorkerReceiver',
    ),
    fc.oneof(mutatedMessage, fc.string()),
  )
  .map(
    ([mdc, level, thread, cls, msg]) =>
      `2026-12-03 18:26:14,955${mdc} - ${level} [${thread}:${cls}@1] - ${msg}`,
  );

const anyLine = fc.oneof(
  layoutLine,
  fc.string(),
  fc.constantFrom('java.io.EOFException', '\tat x.y(Z.java:1)', ''),
);

describe('the parser on random input', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        parseLogFile('zk3.log', text);
      }),
    );
  });

  it('never throws on layout lines with mangled real messages, and accounts for every record', () => {
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 60 }), (lines) => {
        const r = parseLogFile('zk3.log', lines.join('\n'));
        if (!r.ok) return;
        const log = r.log;
        // Every record is an event or an unknown line; nothing is lost or counted twice.
        const records = lines
          .join('\n')
          .split('\n')
          .filter((l) => /^\d{4}-\d\d-\d\d /.test(l)).length;
        expect(log.events.length + log.unknownCount).toBe(records);
        for (const e of log.events) expect(e.sid).toBe(3);
        buildTimeline([log]);
      }),
    );
  });
});

describe('the timeline of a real log set', () => {
  const logs = parsed('trunc-uncommitted');
  const reference = buildTimeline(logs);

  it('does not depend on the order of the files', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(logs, { minLength: logs.length, maxLength: logs.length }),
        (shuffled) => {
          expect(buildTimeline(shuffled)).toEqual(reference);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('shifts every time, and nothing else, when every clock is shifted alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: -86_400_000, max: 86_400_000 }), (offset) => {
        const offsets = Object.fromEntries(logs.map((l) => [l.name, offset]));
        const shifted = buildTimeline(logs, { clockOffsetMs: offsets });
        expect(shifted.events.map((e) => e.ms - offset)).toEqual(reference.events.map((e) => e.ms));
        expect(shifted.events.map((e) => [e.sid, e.line])).toEqual(
          reference.events.map((e) => [e.sid, e.line]),
        );
        expect(shifted.elections.map((e) => ({ ...e, endedAtMs: e.endedAtMs - offset }))).toEqual(
          reference.elections,
        );
      }),
      { numRuns: 20 },
    );
  });
});
