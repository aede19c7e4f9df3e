/**
 * Where the simulator and real ZooKeeper disagree, checkpoint by checkpoint and field by field.
 * A difference names the checkpoint, the field (`leader`, `epoch`, `followers`, `looking`,
 * `unsettled`, `syncModes.<sid>`, `voteZxids.<sid>`) and both values, so a list of differences
 * can be written down (the test's KNOWN_DIFFERENCES) and compared exactly. Pure.
 */
import type { Checkpoint } from './spec';

export type FieldValue = number | string | number[] | null;

export interface Difference {
  checkpoint: string;
  field: string;
  real: FieldValue;
  sim: FieldValue;
}

export function compareCheckpoints(real: Checkpoint[], sim: Checkpoint[]): Difference[] {
  const out: Difference[] = [];
  const count = Math.max(real.length, sim.length);
  for (let i = 0; i < count; i++) {
    const r = real[i];
    const s = sim[i];
    if (r === undefined || s === undefined || r.name !== s.name) {
      out.push({
        checkpoint: r?.name ?? s?.name ?? `#${i}`,
        field: 'name',
        real: r?.name ?? null,
        sim: s?.name ?? null,
      });
      continue;
    }
    const add = (field: string, a: FieldValue, b: FieldValue) => {
      if (JSON.stringify(a) !== JSON.stringify(b))
        out.push({ checkpoint: r.name, field, real: a, sim: b });
    };
    add('leader', r.leader, s.leader);
    add('epoch', r.epoch, s.epoch);
    add('followers', r.followers, s.followers);
    add('looking', r.looking, s.looking);
    add('unsettled', r.unsettled, s.unsettled);
    for (const sid of keys(r.syncModes, s.syncModes))
      add(`syncModes.${sid}`, r.syncModes[sid] ?? null, s.syncModes[sid] ?? null);
    for (const sid of keys(r.voteZxids, s.voteZxids))
      add(`voteZxids.${sid}`, r.voteZxids[sid] ?? null, s.voteZxids[sid] ?? null);
  }
  return out;
}

function keys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort((x, y) => Number(x) - Number(y));
}

/** One line per difference, for the CLI and for test failure messages. */
export function formatDifference(d: Difference): string {
  return `${d.checkpoint} ${d.field}: real ${JSON.stringify(d.real)}, simulator ${JSON.stringify(d.sim)}`;
}
