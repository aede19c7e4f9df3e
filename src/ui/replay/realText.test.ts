// Proves that every code the log parser emits (src/logs/kinds.ts) has a sentence in English and
// Chinese, rendered from its parameters with none left unreplaced, and that each refusal code of
// a file has its message naming the file and the bound.
import { describe, expect, it } from 'vitest';
import { LOG_EVENT_CODES, type LogErrorCode } from '../../logs/kinds';
import type { RealLogEntryView } from '../../protocol/frame';
import { en } from '../i18n/en';
import type { Translate } from '../i18n/t';
import { zhCN } from '../i18n/zhCN';
import { logErrorText } from './logErrorText';
import { explainReal } from './realText';

function translator(dict: Record<string, string>): Translate {
  return (key, params = {}) =>
    (dict[key] as string).replace(/\{(\w+)\}/g, (w, n: string) =>
      n in params ? String(params[n]) : w,
    );
}

/** Parameters every code may use, so that each template finds its own. */
const PARAMS: Record<string, unknown> = {
  myid: 3,
  version: '3.8.0',
  zxid: '0x100000004',
  from: 2,
  to: 1,
  state: 'LOOKING',
  leader: 3,
  round: '0x2',
  peerEpoch: 1,
  myState: 'LOOKING',
  ms: 400,
  phase: 'election',
  syncMode: null,
  tookMs: 230,
  epoch: 2,
  sids: [1, 3],
  sid: 2,
  type: 'participant',
  maxCommittedLog: '0x0',
  minCommittedLog: '0x0',
  lastProcessedZxid: '0x0',
  peerLastZxid: '0x0',
  side: 'leader',
  mode: 'DIFF',
  peer: 1,
  connectedMs: 5021,
  synced: true,
  reason: 'Not sufficient followers synced',
  session: '0x100002dcb050000',
  timeoutMs: 4000,
  client: '/127.0.0.1:5',
  kind: 'election-channel',
  address: '/127.0.0.1:3888',
  exception: 'java.net.ConnectException: Connection refused',
  key: 'tickTime',
  value: 2000,
};
const AT = { file: 'a.log', line: 1, at: '' };

describe('explainReal', () => {
  for (const [name, dict] of [
    ['English', en],
    ['Chinese', zhCN],
  ] as const)
    it(`words every parser code in ${name}`, () => {
      const t = translator(dict);
      for (const code of LOG_EVENT_CODES) {
        const entry: RealLogEntryView = { code, params: PARAMS, ...AT };
        const text = explainReal(entry, t);
        expect(text, code).not.toMatch(/[{}]/);
        expect(text.length, code).toBeGreaterThan(1);
      }
    });

  it('reads the round in hex and names the peer', () => {
    const t = translator(en);
    expect(explainReal({ code: 'fle.notification.received', params: PARAMS, ...AT }, t)).toContain(
      'round 2',
    );
    expect(explainReal({ code: 'connection.error', params: PARAMS, ...AT }, t)).toContain('S1');
  });
});

describe('logErrorText', () => {
  const codes: LogErrorCode[] = [
    'file.missing',
    'file.unreadable',
    'file.empty',
    'file.binary',
    'file.too-large',
    'file.not-zookeeper',
    'file.sid-unknown',
    'file.sid-conflict',
    'input.no-files',
    'input.too-many-files',
  ];
  it('names the file and the bound in both languages', () => {
    for (const dict of [en, zhCN]) {
      const t = translator(dict);
      for (const code of codes) {
        const text = logErrorText({ code, file: 'zk-a.log', limit: 50 * 1024 * 1024 }, t);
        expect(text, code).not.toMatch(/[{}]/);
        if (code.startsWith('file.')) expect(text, code).toContain('zk-a.log');
      }
      expect(logErrorText({ code: 'file.too-large', file: 'x', limit: 52428800 }, t)).toContain(
        '50',
      );
    }
  });
});
