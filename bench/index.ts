/**
 * `npm run bench`: every benchmark, printed as one JSON object with the date and machine.
 * Figures only; nothing here asserts a time.
 */
import os from 'node:os';
import { benchCapacity } from './capacity';
import { benchCostsim } from './costsim';
import { benchLb } from './lb';
import { benchMemory } from './memory';
import { benchSim } from './sim';
import { benchUi } from './ui';

async function main(): Promise<void> {
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  const sim = benchSim();
  const memory = benchMemory();
  const lb = await benchLb();
  const costsim = benchCostsim();
  const capacity = await benchCapacity();
  // The UI figures need a browser; without one the rest still prints, with the reason.
  let ui: unknown;
  try {
    ui = await benchUi();
  } catch (e) {
    ui = { skipped: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  }
  console.log(
    JSON.stringify(
      { date: new Date().toISOString(), machine, sim, memory, lb, costsim, capacity, ui },
      null,
      2,
    ),
  );
}

void main();
