// Proves that every code of kinds.ts is produced by at least one real example line in the rule
// tests (electionMessages, quorumMessages and sessionMessages .test.ts), so no code is declared
// that no ZooKeeper line gives. It reads those files' expected events, which those tests check.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOG_EVENT_CODES } from './kinds';

const TESTS = ['electionMessages', 'quorumMessages', 'sessionMessages'].map((n) =>
  readFileSync(new URL(`./${n}.test.ts`, import.meta.url), 'utf8'),
);

describe('the example lines of the rule tests', () => {
  it('give every code of kinds.ts', () => {
    const codes = TESTS.flatMap((t) => [...t.matchAll(/code: '([\w.]+)'/g)].map((m) => m[1]));
    const expected = new Set(codes);
    expect(LOG_EVENT_CODES.filter((c) => !expected.has(c))).toEqual([]);
  });
});
