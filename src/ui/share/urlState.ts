/**
 * The shareable URL: scenario, command log and the event index to open at, as JSON compressed
 * with the browser's own CompressionStream('deflate-raw') and written in base64url after `#z=`
 * (no dependency; the fragment never reaches a server). Decoding never throws: a malformed link
 * gives its reason as a code (the notice words it in the reader's language, Notices.tsx), and the
 * caller leaves the current run untouched. A link inflates to at
 * most MAX_LINK_BYTES: deflate packs a few hundred kilobytes of link into hundreds of megabytes,
 * which would otherwise be inflated, parsed and sent to the worker for many seconds.
 */
export interface SharedState {
  scenario: unknown;
  commands: unknown;
  at: number | null;
}

export const HASH_KEY = 'z';
const FORMAT = 1;
/** A link's JSON, inflated, is at most this long: 2 MiB, some ten thousand commands. */
export const MAX_LINK_BYTES = 2 * 1024 * 1024;

/** Megabytes as a person reads them: "2 MB", "3.4 MB". */
export function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  maxBytes = Infinity,
): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
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
  const deflated = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return toBase64Url(deflated as Uint8Array);
}

/** Why a link cannot be opened: each step of decoding has its own code. */
export type LinkProblem =
  | { code: 'notBase64' }
  /** It inflates past `maxBytes` (MAX_LINK_BYTES); the rest is not inflated. */
  | { code: 'tooLarge'; maxBytes: number }
  | { code: 'damaged' }
  | { code: 'notJson' }
  | { code: 'notFormat'; format: number }
  | { code: 'badAt' };

export type Decoded = { ok: true; state: SharedState } | { ok: false; problem: LinkProblem };

const refused = (problem: LinkProblem): Decoded => ({ ok: false, problem });

/** The state in a location hash such as "#z=...", or null when the hash holds none. */
export async function decodeHash(hash: string): Promise<Decoded | null> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(HASH_KEY);
  if (value === null) return null;
  const bytes = fromBase64Url(value);
  if (!bytes || bytes.length === 0) return refused({ code: 'notBase64' });
  let text: string;
  try {
    const inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_LINK_BYTES);
    if (inflated === null) return refused({ code: 'tooLarge', maxBytes: MAX_LINK_BYTES });
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return refused({ code: 'damaged' });
  }
  let value2: unknown;
  try {
    value2 = JSON.parse(text);
  } catch {
    return refused({ code: 'notJson' });
  }
  if (typeof value2 !== 'object' || value2 === null || (value2 as { f?: unknown }).f !== FORMAT) {
    return refused({ code: 'notFormat', format: FORMAT });
  }
  const v = value2 as { s?: unknown; c?: unknown; at?: unknown };
  if (
    v.at !== null &&
    v.at !== undefined &&
    (typeof v.at !== 'number' || !Number.isSafeInteger(v.at) || v.at < 0)
  ) {
    return refused({ code: 'badAt' });
  }
  return {
    ok: true,
    state: { scenario: v.s, commands: v.c ?? [], at: typeof v.at === 'number' ? v.at : null },
  };
}

/** A link to a lesson's step (issue 16): `#lesson=2&step=5`, both counted from 1. */
export interface LessonLink {
  chapter: number;
  step: number;
}

export type LessonLinkResult =
  { ok: true; link: LessonLink } | { ok: false; field: 'lesson' | 'step'; value: string };

const LESSON_KEY = 'lesson';

/** A positive whole number written plainly ("2", not "2.0" or "+2"), or null. */
function positiveInt(text: string): number | null {
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : null;
}

/**
 * The lesson link in a location hash, or null when the hash names no lesson. Whether the chapter
 * and step exist is for the lesson player to say (it knows the lessons); here only the form.
 */
export function parseLessonHash(hash: string): LessonLinkResult | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const lesson = params.get(LESSON_KEY);
  if (lesson === null) return null;
  const chapter = positiveInt(lesson);
  if (chapter === null) return { ok: false, field: 'lesson', value: lesson };
  const stepText = params.get('step') ?? '1';
  const step = positiveInt(stepText);
  if (step === null) return { ok: false, field: 'step', value: stepText };
  return { ok: true, link: { chapter, step } };
}

export function lessonHash(link: LessonLink): string {
  return `#${LESSON_KEY}=${link.chapter}&step=${link.step}`;
}
