/**
 * Proves that a refused field is worded in English and zh-CN from the validator's code and
 * parameters (src/sim/scenario/why.ts), never from its English message: one sample per code (the
 * table's type makes the compiler refuse a code without one) renders in both languages with every
 * parameter filled and every value a person wrote shown; and a real refusal from the validator
 * comes out with its path, in Chinese, with no English reason in it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { validateScenario } from '../../sim/scenario/validate';
import type { Why, WhyCode, WhyParamsOf } from '../../sim/scenario/why';
import { loadLocale, t } from '../i18n/t';
import { fieldProblemSentence, whySentence } from './fieldWhyText';

const GOT = { literal: '"zz9"' };
const SIDS = { voters: 3, observers: 2 };

/** One Why per code; each names a value that must appear in the sentence. */
const SAMPLES: { [K in WhyCode]: [WhyParamsOf[K], string] } = {
  missing: [{ expect: { code: 'int', min: 17, max: 99 } }, '17'],
  expected: [
    { expect: { code: 'oneOf', what: 'action', allowed: ['crash', 'heal'] }, got: GOT },
    'zz9',
  ],
  unknownField: [
    { scope: { code: 'recipe', kind: 'lock' }, allowed: ['path', 'holdMs'] },
    'holdMs',
  ],
  unknownValue: [{ what: 'strategy', got: GOT, allowed: ['p2c'] }, 'p2c'],
  notEmpty: [{}, ''],
  tooLong: [{ length: 301, max: 300 }, '301'],
  pathTooLong: [{ length: 1001, max: 1000 }, '1001'],
  tooMany: [{ count: 57, what: 'values', max: 50 }, '57'],
  minAboveMax: [{ min: 31, maxKey: 'delayMsMax', max: 7, maxIsDefault: true }, 'delayMsMax'],
  maxBelowDefaultMin: [{ max: 3, minKey: 'fsyncMsMin', min: 4 }, 'fsyncMsMin'],
  unsupportedVersion: [{ version: 7 }, '7'],
  tooManySids: [{ servers: 5, observers: 9, sidsMax: 9 }, '4'],
  startTwice: [{ sid: 4 }, '4'],
  initialTwice: [{ sid: 4 }, '4'],
  noSuchServer: [{ sid: 9, sids: SIDS }, '4..5'],
  serverTwice: [{ sid: 2 }, '2'],
  noServer: [{}, ''],
  badZkPath: [{ got: GOT, problem: { code: 'invalidChar', char: 'U+0007', at: 3 } }, 'U+0007'],
  noSuchClient: [{ got: GOT, known: ['c1', 'c2'] }, 'c2'],
  clientInClients: [{ got: GOT }, 'zz9'],
  clientAddedBy: [{ got: GOT, by: 'actions[3]' }, 'actions[3]'],
  clientsMax: [{ max: 40 }, '40'],
  clientAddedLater: [{ got: GOT, atMs: 1234, by: 'actions[1]' }, '1234'],
  balancerActionHere: [{ got: GOT }, 'zz9'],
  sameEnds: [{ from: 3 }, '3'],
  fewGroups: [{ count: 1 }, '1'],
  emptyGroup: [{}, ''],
  serverInGroup: [{ sid: 2, group: 'actions[0].groups[1]' }, 'groups[1]'],
  serverInNoGroup: [{ sid: 5, sids: SIDS }, '5'],
  idUsed: [{ got: GOT, by: 'backends[2]' }, 'backends[2]'],
  noStrategy: [{ known: ['round-robin', 'p2c'] }, 'round-robin'],
  strategyTwice: [{ id: 'pewma' }, 'pewma'],
  noBackend: [{}, ''],
  backendsMax: [{ backends: 10, spares: 4, added: 3, total: 17, max: 16 }, '17'],
  notSpare: [{ got: GOT, spares: ['s1'] }, 's1'],
  spareAdded: [{ got: GOT, atMs: 4321 }, '4321'],
  backendIsSpare: [{ got: GOT }, 'zz9'],
  backendExists: [{ got: GOT, atMs: 2222 }, '2222'],
  noSuchBackend: [{ got: GOT, atMs: 3333, known: ['b1', 'b7'] }, 'b7'],
  labClientId: [{}, 'lb:'],
  backendNotZnode: [{ id: 'a/b', service: '/svc/q', problem: { code: 'slash' } }, '/svc/q'],
  initialTxnsMax: [{ txns: 200001, max: 200000 }, '200001'],
  currentAboveAccepted: [{ currentEpoch: 6, acceptedEpoch: 5 }, '6'],
  notZxid: [{ got: GOT }, 'zz9'],
  zxidEpochAboveCurrent: [{ epoch: 3, zxid: '0x300000001', currentEpoch: 2 }, '0x300000001'],
  zxidEpochZero: [{ zxid: '0x5' }, '0x5'],
  zxidCounterMax: [{ zxid: '0x1ffffffff' }, '0x1ffffffff'],
  epochsExhausted: [{ sids: [1, 2], voters: 3, epochMax: 4294967295 }, '4294967296'],
  tooLarge: [{ max: 1_000_017 }, '1000017'],
  jsonEmpty: [{}, 'JSON'],
  jsonSyntax: [{ detail: 'Unexpected token }', line: 3, column: 17 }, '17'],
  commandsNotList: [{}, ''],
  commandShape: [{}, 'atEvent'],
  commandAtEvent: [{}, '0'],
  commandOrder: [{ atEvent: 12, previous: 34 }, '34'],
  commandAction: [{ balancer: ['kill-backend'], client: ['client-add'] }, 'client-add'],
  noBalancer: [{}, ''],
  atEvent: [{}, ''],
  runEnds: [{ at: 4567 }, '4567'],
  messageGone: [{ noop: 'not-in-flight', message: 89 }, '#89'],
  noValue: [{}, ''],
  valueTwice: [{ value: 0.25 }, '0.25'],
  planGrid: [{ voters: 3, observers: 4, readRatios: 101, rows: 1212, max: 1000 }, '1212'],
  planPoints: [{ rows: 18, seeds: 6, points: 108, max: 100 }, '108'],
  eitherNotBoth: [{ first: 'offeredOpsPerSec', second: 'loadFactor' }, 'loadFactor'],
  costParam: [{ integer: true, min: 2, max: 64, unit: 'ms', got: GOT }, 'zz9'],
  beforeWorkloadStart: [{ measureFromMs: 250, startAtMs: 900 }, '900'],
  costWorkload: [{ got: GOT, allowed: ['closed', 'open'] }, 'zz9'],
  openLoopOnly: [{}, 'open'],
  openLoopNeedsRate: [{ min: 1, max: 1_000_017 }, '1000017'],
};

const en = (w: Why) => whySentence(w, (k, p) => t('en', k, p));
const zh = (w: Why) => whySentence(w, (k, p) => t('zh-CN', k, p));

beforeAll(() => loadLocale('zh-CN'));

describe('a refused field, worded from its code', () => {
  it.each(Object.keys(SAMPLES) as WhyCode[])('%s, in English and Chinese', (code) => {
    const [params, shown] = SAMPLES[code];
    const w = { code, params } as Why;
    for (const s of [en(w), zh(w)]) {
      expect(s).not.toMatch(/\{\w+\}/);
      expect(s.length).toBeGreaterThan(3);
      expect(s).toContain(shown);
    }
    expect(zh(w)).not.toBe(en(w));
  });

  it('words a real refusal in Chinese from its path and code, not from the message', () => {
    const r = validateScenario({
      version: 1,
      seed: 1,
      untilMs: 1000,
      ensemble: { servers: 3 },
      actions: [{ atMs: 5, do: 'crash', sid: 9 }],
    });
    if (r.ok || !r.field) throw new Error('expected a field problem');
    expect(r.error).toBe('actions[0].sid: server 9 does not exist (servers: 1..3)');
    const s = fieldProblemSentence(r.field, (k, p) => t('zh-CN', k, p));
    expect(s).toBe('actions[0].sid：服务器 9 不存在（服务器：1..3）');
  });
});
