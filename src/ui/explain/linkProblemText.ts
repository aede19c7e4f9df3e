/**
 * Why a shared link does not decode (src/ui/share/urlState.ts, LinkProblem), as the reason of the
 * "This link could not be opened" notice, in the reader's language. A link too large to inflate
 * has its own notice (it names the limit), so it is not worded here.
 */
import type { Translate } from '../i18n/t';
import type { LinkProblem } from '../share/urlState';

export type UndecodedLink = Exclude<LinkProblem, { code: 'tooLarge' }>;

export function linkProblemText(p: UndecodedLink, t: Translate): string {
  // The format number is the one this app reads (a link of another format, or none, is refused).
  return p.code === 'notFormat'
    ? t('notice.link.notFormat', { format: p.format })
    : t(`notice.link.${p.code}`);
}
