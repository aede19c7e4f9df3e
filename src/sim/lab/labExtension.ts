/**
 * The load-balancing lab as an engine extension (engine/extension.ts): the engine runs it when a
 * scenario has a balancer, appends its clients (one per backend, then the balancer's discovery
 * client), applies its script (those clients' starts at 0, then the balancer actions), queues
 * its events (arrivals and completions) and hands it the hooks it needs: the balancer's client
 * stepped (its view may have changed), and the active leader applied a txn or expired a session
 * (the ZooKeeper side of membership, zkSide.ts). Its state is world.extensions.lab.
 */
import type { Extension } from '../engine/extension';
import type { WorldView } from '../engine/world';
import {
  applyBalancerAction,
  applyLabAction,
  labArrival,
  labClientStepped,
  labDone,
  type LabCommand,
} from './lab';
import { BALANCER_ACTION_KINDS } from './kinds';
import { balancerReport } from './labReport';
import { cloneLab, createLab, labLayout, labProblem } from './labSetup';
import type { LabEvent, LabState } from './labTypes';
import { noteSessionExpired, noteTxnApplied } from './zkSide';

export const LAB = 'lab';

/** The balancer actions a person may command while the run plays (timeline commands). */
export const LAB_COMMANDS: readonly LabCommand['do'][] = BALANCER_ACTION_KINDS;

export const labExtension: Extension<LabState, LabEvent, LabCommand> = {
  name: LAB,
  commands: LAB_COMMANDS,
  uses: (scenario) => scenario.balancer !== null,
  problem: labProblem,
  clients: (scenario) => labLayout(scenario)?.clients ?? [],
  script: (scenario) => [
    ...(labLayout(scenario)?.startAtZero ?? []).map((client) => ({
      atMs: 0,
      kind: 'clientStart' as const,
      client,
    })),
    ...(scenario.balancer?.actions ?? []).map((a, index) => ({
      atMs: a.atMs,
      kind: 'own' as const,
      index,
    })),
  ],
  create: createLab,
  clone: cloneLab,
  report: (lab, world) => ({ balancer: balancerReport(lab, world.nowMs) }),
  onScript: applyLabAction,
  onEvent: (fx, lab, event) =>
    event.kind === 'arrival' ? labArrival(fx, lab, event.request) : labDone(fx, lab, event),
  command: applyBalancerAction,
  clientStepped: labClientStepped,
  txnApplied: (fx, lab, sid, txn, result) => noteTxnApplied(fx.world, lab, sid, txn, result),
  sessionExpired: (fx, lab, sid, session) => noteSessionExpired(fx.world, lab, sid, session),
};

/**
 * The lab's state in a world (or a Simulation's view of it), or null when its scenario has no
 * balancer.
 */
export function labOf(world: Pick<WorldView, 'extensions'>): LabState | null {
  return (world.extensions[LAB] as LabState | undefined) ?? null;
}
