// Proves that the table of bounds in docs/SCENARIO-EXTENSIONS.md ("Bounds") states the numbers
// src/sim/scenario/bounds.ts enforces: each constant has a row that names it and gives its value.
// (It lives with the runner because reading a file needs Node, which src/sim may not import.)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as B from '../sim/scenario/bounds';

describe('docs/SCENARIO-EXTENSIONS.md', () => {
  const docs = readFileSync(
    fileURLToPath(new URL('../../docs/SCENARIO-EXTENSIONS.md', import.meta.url)),
    'utf8',
  );
  /** The "Bounds" table: its rows as [field, bound] cells. */
  const section = docs.slice(docs.indexOf('## Bounds'), docs.indexOf('### Measured worst cases'));
  const rows = section
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.startsWith('| Field'))
    .map((l) => l.split('|').map((c) => c.trim()));
  const digits = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

  it.each<[string, number]>([
    ['EVENTS_MAX', B.EVENTS_MAX],
    ['UNTIL_MS_MAX', B.UNTIL_MS_MAX],
    ['SCENARIO_CHARS_MAX', B.SCENARIO_CHARS_MAX],
    ['TITLE_CHARS_MAX', B.TITLE_CHARS_MAX],
    ['DESCRIPTION_CHARS_MAX', B.DESCRIPTION_CHARS_MAX],
    ['ID_CHARS_MAX', B.ID_CHARS_MAX],
    ['PATH_CHARS_MAX', B.PATH_CHARS_MAX],
    ['DATA_CHARS_MAX', B.DATA_CHARS_MAX],
    ['TICK_TIME_MS_MIN', B.TICK_TIME_MS_MIN],
    ['TICK_TIME_MS_MAX', B.TICK_TIME_MS_MAX],
    ['LIMIT_TICKS_MAX', B.LIMIT_TICKS_MAX],
    ['DELAY_MS_MAX', B.DELAY_MS_MAX],
    ['MESSAGE_ID_MAX', B.MESSAGE_ID_MAX],
    ['COMMIT_LOG_COUNT_MAX', B.COMMIT_LOG_COUNT_MAX],
    ['SNAPSHOT_SIZE_FACTOR_MIN', B.SNAPSHOT_SIZE_FACTOR_MIN],
    ['SNAPSHOT_SIZE_FACTOR_MAX', B.SNAPSHOT_SIZE_FACTOR_MAX],
    ['EPOCH_MAX', B.EPOCH_MAX],
    ['INITIAL_TXNS_MAX', B.INITIAL_TXNS_MAX],
    ['CLIENTS_MAX', B.CLIENTS_MAX],
    ['SESSION_TIMEOUT_MS_MAX', B.SESSION_TIMEOUT_MS_MAX],
    ['ACTIONS_MAX', B.ACTIONS_MAX],
    ['VERSION_MAX', B.VERSION_MAX],
    ['BACKENDS_MAX', B.BACKENDS_MAX],
    ['BALANCER_ACTIONS_MAX', B.BALANCER_ACTIONS_MAX],
    ['VNODES_MAX', B.VNODES_MAX],
    ['SERVICE_MS_MAX', B.SERVICE_MS_MAX],
    ['SLOTS_MAX', B.SLOTS_MAX],
    ['QUEUE_MAX_MAX', B.QUEUE_MAX_MAX],
    ['WEIGHT_MAX', B.WEIGHT_MAX],
    ['RATE_PER_SEC_MAX', B.RATE_PER_SEC_MAX],
    ['FACTOR_MAX', B.FACTOR_MAX],
    ['KEYS_COUNT_MAX', B.KEYS_COUNT_MAX],
    ['ZIPF_S_MAX', B.ZIPF_S_MAX],
  ])('states %s (%i) in the Bounds table', (name, value) => {
    const row = rows.find((r) => r.some((c) => c.includes(`(${name})`)));
    expect(row, `no row names ${name}`).toBeDefined();
    expect(row!.join(' ')).toContain(digits(value));
  });
});
