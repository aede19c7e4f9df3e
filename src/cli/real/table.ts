/**
 * The table of docs/REAL-ZOOKEEPER.md, rendered from the recorded outcomes and a fresh simulator
 * run (`npm run --silent real -- --table`), so the document can be regenerated after the
 * simulator changes. Pure.
 */
import { compareCheckpoints } from './compare';
import type { Outcomes } from './outcomes';
import { simulate } from './simRun';
import { comparableCheckpoint, type Checkpoint } from './spec';

/** `L3 e1 F[1,2]`, then `LOOKING[1]`, sync modes and vote zxids when there are any. */
export function formatCheckpoint(cp: Checkpoint): string {
  const parts: string[] = [];
  if (cp.leader !== null) parts.push(`L${cp.leader} e${cp.epoch} F[${cp.followers.join(',')}]`);
  if (cp.looking.length > 0) parts.push(`LOOKING[${cp.looking.join(',')}]`);
  if (cp.unsettled.length > 0) parts.push(`unsettled[${cp.unsettled.join(',')}]`);
  const sync = Object.entries(cp.syncModes).map(([sid, mode]) => `${mode} ${sid}`);
  if (sync.length > 0) parts.push(sync.join(', '));
  const votes = Object.entries(cp.voteZxids).map(([sid, zxid]) => `${sid}:${zxid}`);
  if (votes.length > 0) parts.push(`votes ${votes.join(' ')}`);
  return parts.join('; ');
}

export function renderTable(outcomes: Outcomes, seed: number): string {
  const rows = [
    '| Scenario | Checkpoint (after) | Real ZooKeeper | ZabScope | Agree |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const rec of outcomes.scenarios) {
    const simulated = simulate(rec.scenario, seed).checkpoints;
    const differences = compareCheckpoints(rec.checkpoints.map(comparableCheckpoint), simulated);
    rec.checkpoints.forEach((cp, i) => {
      const sim = simulated[i];
      const differs = differences.some((d) => d.checkpoint === cp.name);
      rows.push(
        `| ${i === 0 ? `\`${rec.scenario.id}\`` : ''} | ${cp.name} | ${formatCheckpoint(cp)} | ${
          sim === undefined ? '(none)' : differs ? formatCheckpoint(sim) : 'same'
        } | ${differs ? '**no**' : 'yes'} |`,
      );
    });
  }
  return `${rows.join('\n')}\n`;
}
