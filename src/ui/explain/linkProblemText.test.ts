/**
 * Proves that a shared link that does not decode is explained in the reader's language from its
 * code: every code decodeHash gives renders in English (the words the notice always used) and in
 * Chinese, with its parameters filled, and a real damaged link comes out in Chinese.
 */
import { deflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocale, t } from '../i18n/t';
import { decodeHash } from '../share/urlState';
import { linkProblemText, type UndecodedLink } from './linkProblemText';

const en = (p: UndecodedLink) => linkProblemText(p, (k, v) => t('en', k, v));
const zh = (p: UndecodedLink) => linkProblemText(p, (k, v) => t('zh-CN', k, v));

beforeAll(() => loadLocale('zh-CN'));

/** Every code, with the English the notice shows. */
const ENGLISH: [UndecodedLink, string][] = [
  [{ code: 'notBase64' }, 'the link is not valid base64url'],
  [{ code: 'damaged' }, 'the link is damaged (it does not decompress)'],
  [{ code: 'notJson' }, 'the link does not hold JSON'],
  [{ code: 'notFormat', format: 7 }, 'the link is not a ZabScope link of format 7'],
  [{ code: 'badAt' }, 'its event index (“at”) is not a whole number ≥ 0'],
];

describe('a link that does not decode, worded from its code', () => {
  it.each(ENGLISH)('%o in English and Chinese', (p, english) => {
    expect(en(p)).toBe(english);
    expect(zh(p)).not.toMatch(/\{\w+\}/);
    expect(zh(p)).toMatch(/[\u4e00-\u9fff]/);
    if (p.code === 'notFormat') expect(zh(p)).toContain('7');
  });

  it('a link that is not deflated JSON comes out in Chinese', async () => {
    const hash = `#z=${deflateRawSync(Buffer.from('not json')).toString('base64url')}`;
    const r = await decodeHash(hash);
    if (r === null || r.ok || r.problem.code === 'tooLarge') throw new Error('expected a refusal');
    expect(zh(r.problem)).toBe('链接中不是 JSON');
  });
});
