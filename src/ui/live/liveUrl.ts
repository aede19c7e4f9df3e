/**
 * Reads `?live=` from the page's address: the bridge's WebSocket address as `npm run live` prints
 * it, ws://127.0.0.1:PORT/TOKEN. Only a loopback host is accepted, so a link cannot make the page
 * connect anywhere else; anything else is refused with the value, never tried.
 */
export type LiveParam =
  { kind: 'absent' } | { kind: 'ok'; url: string } | { kind: 'invalid'; value: string };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** The token is base64url; the bridge makes 24 characters, a bound keeps odd links short. */
const TOKEN = /^\/[A-Za-z0-9_-]{8,128}$/;
/** The longest `?live=` value read (a real one is about 50 characters). */
export const LIVE_PARAM_MAX = 300;

export function readLiveParam(search: string): LiveParam {
  const value = new URLSearchParams(search).get('live');
  if (value === null) return { kind: 'absent' };
  if (value.length > LIVE_PARAM_MAX || !URL.canParse(value)) return { kind: 'invalid', value };
  const url = new URL(value);
  const ok =
    url.protocol === 'ws:' &&
    LOOPBACK.has(url.hostname) &&
    url.port !== '' &&
    TOKEN.test(url.pathname) &&
    url.search === '' &&
    url.hash === '' &&
    url.username === '' &&
    url.password === '';
  return ok ? { kind: 'ok', url: url.href } : { kind: 'invalid', value };
}

/** Whether the page was opened in live mode at all (main.tsx loads live mode only then). */
export function wantsLive(search: string): boolean {
  return readLiveParam(search).kind !== 'absent';
}

/** The same address without `live`: the static site, for the "leave live mode" link. */
export function staticHref(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('live');
  return url.href;
}
