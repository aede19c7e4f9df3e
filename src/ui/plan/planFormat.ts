/**
 * Numbers as the Plan view prints them, in the reader's locale: rates with three significant
 * digits and grouping (89,800), milliseconds with the precision their size deserves (0.14, 1.4,
 * 14, 1,400), shares as whole percents, and compact axis labels (90K, 9万). Pure, so the rounding
 * rules are tested in Node.
 */
import type { Locale } from '../i18n/t';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** A rate or a count: three significant digits, grouped; whole numbers below 1000. */
export function formatCount(value: number, locale: Locale): string {
  const options: Intl.NumberFormatOptions =
    Math.abs(value) >= 1000 ? { maximumSignificantDigits: 3 } : { maximumFractionDigits: 0 };
  return formatter(locale, options).format(value);
}

/** Milliseconds: two decimals under 1, one under 100, whole above. */
export function formatMs(value: number, locale: Locale): string {
  const digits = Math.abs(value) < 1 ? 2 : Math.abs(value) < 100 ? 1 : 0;
  return formatter(locale, { maximumFractionDigits: digits }).format(value);
}

/** A share from 0 to 1 as a whole percent ("87%"); a busy share above 1 shows as is ("140%"). */
export function formatPercent(share: number, locale: Locale): string {
  return formatter(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** An axis label: compact notation (90K, 1.2M; 9万 in Chinese). */
export function formatCompact(value: number, locale: Locale): string {
  return formatter(locale, { notation: 'compact', maximumSignificantDigits: 2 }).format(value);
}

/**
 * An input's value in its field: without grouping, so it parses back; whole numbers exactly (a
 * session timeout of 1,000,011 ms must not read 1000010), fractions to six significant digits.
 */
export function formatInput(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(6)));
}
