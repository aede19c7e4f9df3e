/**
 * The shareable URL: scenario, command log and the event index to open at, as JSON compressed
 * with the browser's own CompressionStream('deflate-raw') and written in base64url after `#z=`
 * (no dependency; the fragment never reaches a server). Decoding never throws: a malformed link
 * gives a one-line reason, and the caller leaves the current run untouched.
 */
export interface SharedState {
  scenario: unknown;
  commands: unknown;
  at: number | null;
}

export const HASH_KEY = 'z';
const FORMAT = 1;

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

export async function encodeState(state: SharedState): Promise<string> {
  const json = JSON.stringify({ f: FORMAT, s: state.scenario, c: state.commands, at: state.at });
  return toBase64Url(
    await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')),
  );
}

export type Decoded = { ok: true; state: SharedState } | { ok: false; error: string };

/** The state in a location hash such as "#z=...", or null when the hash holds none. */
export async function decodeHash(hash: string): Promise<Decoded | null> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(HASH_KEY);
  if (value === null) return null;
  const bytes = fromBase64Url(value);
  if (!bytes || bytes.length === 0) return { ok: false, error: 'the link is not valid base64url' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(
      await pipe(bytes, new DecompressionStream('deflate-raw')),
    );
  } catch {
    return { ok: false, error: 'the link is damaged (it does not decompress)' };
  }
  let value2: unknown;
  try {
    value2 = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the link does not hold JSON' };
  }
  if (typeof value2 !== 'object' || value2 === null || (value2 as { f?: unknown }).f !== FORMAT) {
    return { ok: false, error: `the link is not a ZabScope link of format ${FORMAT}` };
  }
  const v = value2 as { s?: unknown; c?: unknown; at?: unknown };
  if (
    v.at !== null &&
    v.at !== undefined &&
    (typeof v.at !== 'number' || !Number.isSafeInteger(v.at) || v.at < 0)
  ) {
    return { ok: false, error: 'at: expected an event index' };
  }
  return {
    ok: true,
    state: { scenario: v.s, commands: v.c ?? [], at: typeof v.at === 'number' ? v.at : null },
  };
}
