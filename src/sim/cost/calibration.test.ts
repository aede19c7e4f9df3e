// Proves that the default costs reproduce the shape of the ZooKeeper paper's Table 1 (not its
// exact values): read throughput grows and write throughput falls with the number of servers,
// the 3-to-13 ratio of each column is within a third of the paper's, sizes cross over at a read
// ratio that depends on the sizes; that the defaults are the least-squares fit (rounded), not
// numbers tuned by hand; and that the idle create latency follows Table 2's single worker.
import { describe, expect, it } from 'vitest';
import {
  PAPER_TABLE_1,
  PAPER_TABLE_2_ONE_WORKER,
  calibrationTable,
  fitCalibration,
  oneWorkerCreatesPerSec,
} from './calibration';
import { crossoverReadRatio } from './curves';
import { DEFAULT_COST_PARAMS as P } from './params';

const table = calibrationTable(P);
const first = table[0]!;
const last = table[table.length - 1]!;

describe('calibration against Table 1', () => {
  it('has read throughput rising with the number of servers', () => {
    for (let i = 1; i < table.length; i++)
      expect(table[i]!.oursReadOnly).toBeGreaterThan(table[i - 1]!.oursReadOnly);
  });

  it('has write throughput falling with the number of servers', () => {
    for (let i = 1; i < table.length; i++)
      expect(table[i]!.oursWriteOnly).toBeLessThan(table[i - 1]!.oursWriteOnly);
  });

  it("keeps the 3-to-13 ratio of each column within a third of the paper's", () => {
    const readRatio = last.oursReadOnly / first.oursReadOnly;
    const paperReadRatio = last.paperReadOnly / first.paperReadOnly;
    expect(readRatio / paperReadRatio).toBeGreaterThan(2 / 3);
    expect(readRatio / paperReadRatio).toBeLessThan(4 / 3);
    const writeRatio = first.oursWriteOnly / last.oursWriteOnly;
    const paperWriteRatio = first.paperWriteOnly / last.paperWriteOnly;
    expect(writeRatio / paperWriteRatio).toBeGreaterThan(2 / 3);
    expect(writeRatio / paperWriteRatio).toBeLessThan(4 / 3);
  });

  it('stays within 20% of every point of the table', () => {
    for (const row of table) {
      expect(Math.abs(row.oursReadOnly / row.paperReadOnly - 1)).toBeLessThan(0.2);
      expect(Math.abs(row.oursWriteOnly / row.paperWriteOnly - 1)).toBeLessThan(0.2);
    }
  });

  it('has 3 servers cross the larger sizes at a read ratio that depends on the size', () => {
    const three = { voters: 3, observers: 0 };
    const crossings = [5, 7, 9, 13].map((voters) =>
      crossoverReadRatio(three, { voters, observers: 0 }, P),
    );
    for (const c of crossings) {
      expect(c).not.toBeNull();
      expect(c!).toBeGreaterThan(0.5);
      expect(c!).toBeLessThan(1);
    }
    for (let i = 1; i < crossings.length; i++)
      expect(crossings[i]!).toBeGreaterThan(crossings[i - 1]!);
  });

  it("copies the paper's table as published", () => {
    expect(
      PAPER_TABLE_1.map((r) => [
        r.servers,
        r.readOnlyOpsPerSec / 1000,
        r.writeOnlyOpsPerSec / 1000,
      ]),
    ).toEqual([
      [3, 87, 21],
      [5, 165, 18],
      [7, 257, 14],
      [9, 296, 12],
      [13, 460, 8],
    ]);
  });
});

describe('the defaults', () => {
  const fit = fitCalibration(P);

  it('are the least-squares fit, rounded', () => {
    expect(Math.abs(P.readCostUs - fit.readCostUs)).toBeLessThanOrEqual(0.05);
    expect(P.clientWriteCostUs).toBe(P.readCostUs);
    expect(Math.abs(P.prepCostUs - fit.fixedWriteUs / 2)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(P.commitCostUs - fit.fixedWriteUs / 2)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(P.proposalSendCostUs - fit.perFollowerUs / 2)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(P.ackProcessCostUs - fit.perFollowerUs / 2)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(P.oneWayMs - fit.oneWayMs)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(P.fsyncMs - fit.fsyncMs)).toBeLessThanOrEqual(0.05);
  });

  it('give the single worker of Table 2 within 5% at every size', () => {
    for (const row of PAPER_TABLE_2_ONE_WORKER) {
      const ours = oneWorkerCreatesPerSec(row.servers, P);
      expect(Math.abs(ours / row.createsPerSec - 1)).toBeLessThan(0.05);
    }
  });
});
