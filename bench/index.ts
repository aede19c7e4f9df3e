/**
 * `npm run bench`: every benchmark, printed as one JSON object with the date and machine.
 * Figures only; nothing here asserts a time.
 */
import os from 'node:os';
import { benchLb } from './lb';
import { benchSim } from './sim';

async function main(): Promise<void> {
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
  const sim = benchSim();
  const lb = await benchLb();
  console.log(JSON.stringify({ date: new Date().toISOString(), machine, sim, lb }, null, 2));
}

void main();
