/**
 * Test kit for the event log's sentences (explain.test.ts, voteOrigin.test.ts, zabLog.test.ts):
 * a trace entry as the log shows it, a ZAB-layer line typed as the simulation writes it, and a
 * sentence in one language.
 */
import type { LogEntryView, TraceEvent } from '../../protocol/frame';
import type { ZabLogData } from '../../sim/zab/logCodes';
import { t, type Locale } from '../i18n/t';
import { explain } from './explain';

export const entry = (ev: TraceEvent): LogEntryView => ({
  i: 0,
  cat: 'state',
  sid: null,
  user: false,
  ev,
});

/** A ZAB-layer line of server `sid`; its text is not read, so tests may leave it empty. */
export const zabLine = (sid: number, data: ZabLogData, text = ''): TraceEvent => ({
  t: 1,
  e: 1,
  k: 'log',
  sid,
  text,
  data,
});

/** The sentence for `ev` in `locale`; `onFallback` counts entries shown as raw text. */
export const say = (ev: TraceEvent, locale: Locale = 'en', onFallback?: () => void) =>
  explain(entry(ev), (k, p) => t(locale, k, p), onFallback);
