/**
 * tickTime, initLimit and syncLimit for a fork, from what the servers printed when they started
 * (the `server.config` events: QuorumPeer's "tickTime set to 2000" setters and ZooKeeperServer's
 * "Created server with tickTime 2000 ms ..."). A server's settings hold for its whole life, so
 * every line of the timeline counts, not only those before the cursor. A setting no server
 * printed, or one beyond the scenario's bound, is the simulator's default, and says so.
 */
import type { LogEvent } from '../../logs/index';
import type { ForkConfigKey, ForkConfigValue } from '../../protocol/replay';
import { LIMIT_TICKS_MAX, SCENARIO_DEFAULTS, TICK_TIME_MS_MAX, TICK_TIME_MS_MIN } from '../simApi';

const KEYS: readonly ForkConfigKey[] = ['tickTime', 'initLimit', 'syncLimit'];

const DEFAULT: Record<ForkConfigKey, number> = {
  tickTime: SCENARIO_DEFAULTS.tickTimeMs,
  initLimit: SCENARIO_DEFAULTS.initLimit,
  syncLimit: SCENARIO_DEFAULTS.syncLimit,
};

/** The scenario's bounds (scenario/bounds.ts): tickTime in ms, the limits in ticks. */
function inBounds(key: ForkConfigKey, v: number): boolean {
  return key === 'tickTime'
    ? v >= TICK_TIME_MS_MIN && v <= TICK_TIME_MS_MAX
    : v >= 1 && v <= LIMIT_TICKS_MAX;
}

/** Each server's last printed value of each key (a restart may print a new one). */
function printed(events: readonly LogEvent[]): Map<ForkConfigKey, Map<number, number>> {
  const out = new Map<ForkConfigKey, Map<number, number>>(KEYS.map((k) => [k, new Map()]));
  for (const e of events) {
    if (e.code !== 'server.config') continue;
    out.get(e.params.key as ForkConfigKey)?.set(e.sid, e.params.value);
  }
  return out;
}

export function forkConfig(events: readonly LogEvent[]): ForkConfigValue[] {
  const all = printed(events);
  return KEYS.map((key) => {
    const bySid = all.get(key) as Map<number, number>;
    if (bySid.size === 0) return { key, value: DEFAULT[key], source: 'default', sids: [] };
    // The value most servers printed; a tie goes to the value of the lowest sid.
    const sidsOf = new Map<number, number[]>();
    for (const sid of [...bySid.keys()].sort((a, b) => a - b)) {
      const v = bySid.get(sid) as number;
      sidsOf.set(v, [...(sidsOf.get(v) ?? []), sid]);
    }
    let [value, sids] = [...sidsOf.entries()][0] as [number, number[]];
    for (const [v, s] of sidsOf) if (s.length > sids.length) [value, sids] = [v, s];
    if (!inBounds(key, value))
      return { key, value: DEFAULT[key], source: 'out-of-bounds', sids, logged: value };
    return { key, value, source: sidsOf.size > 1 ? 'disagree' : 'logged', sids };
  });
}
