/**
 * The engine's side of its extensions (extension.ts): which of them take part in a run, the
 * effects each acts through, and the hooks the kernel loop and the ZooKeeper layer raise, each
 * handed to every extension in the order the run was given them.
 */
import { SimAssertionError, assert } from '../kernel/assert';
import { push } from '../kernel/eventQueue';
import type { ApplyResult } from '../zk/dataTree';
import type { SessionId } from '../zk/sessionId';
import type { ZkTxn } from '../zk/txn';
import { applyClientAction, clientSubmit, startClientProcess } from './clients';
import type { ClientEffects } from './effects';
import { activeExtensions, type Extension, type ExtensionEffects } from './extension';
import type { KernelEvent } from './world';

/** An extension taking part in the run, with the effects it acts through. */
interface Installed {
  extension: Extension;
  fx: ExtensionEffects<unknown>;
}

export class ExtensionHost {
  private readonly installed: Installed[];

  /**
   * `extensions` are those the run may use; the scenario's world must hold the state of exactly
   * the ones it uses (createWorld with the same list).
   */
  constructor(
    private readonly sim: ClientEffects,
    private readonly known: readonly Extension[],
  ) {
    const world = sim.world;
    this.installed = activeExtensions(world.scenario, known).map(({ extension }) => ({
      extension,
      fx: this.effectsFor(extension.name),
    }));
    const names = this.installed.map((x) => x.extension.name).join(', ');
    const held = Object.keys(world.extensions).join(', ');
    assert(
      names === held,
      () => `the world holds extensions [${held}] but the run was given [${names}]`,
    );
  }

  get extensions(): readonly Extension[] {
    return this.installed.map((x) => x.extension);
  }

  private effectsFor(name: string): ExtensionEffects<unknown> {
    const sim = this.sim;
    return {
      get world() {
        return sim.world;
      },
      emit: (event) => sim.emit(event),
      violation: (v) => sim.violation(v),
      schedule: (atMs, event) =>
        void push(sim.world.queue, {
          kind: 'extension',
          timeMs: atMs,
          name,
          event,
        } as Omit<KernelEvent, 'seq'>),
      clientAction: (action) => applyClientAction(sim, action),
      startClient: (index) => startClientProcess(sim, index),
      submit: (index, op) => clientSubmit(sim, index, op),
    };
  }

  private named(name: string): Installed {
    const x = this.installed.find((i) => i.extension.name === name);
    assert(x !== undefined, () => `no extension ${name} takes part in this run`);
    return x;
  }

  private stateOf(x: Installed): unknown {
    return this.sim.world.extensions[x.extension.name];
  }

  /** The extension's own script entry `index` is due. */
  onScript(name: string, index: number): void {
    const x = this.named(name);
    x.extension.onScript?.(x.fx, this.stateOf(x), index);
  }

  /** One of the extension's events is due. */
  onEvent(name: string, event: unknown): void {
    const x = this.named(name);
    x.extension.onEvent?.(x.fx, this.stateOf(x), event);
  }

  /**
   * A person's command: false when no extension the run may use answers this kind; an error when
   * one does but the scenario does not use it (the caller should have refused the command).
   */
  command(action: { atMs: number; do: string }): boolean {
    const x = this.installed.find((i) => i.extension.commands?.includes(action.do));
    if (x === undefined) {
      const idle = this.known.find((e) => e.commands?.includes(action.do));
      if (idle === undefined) return false;
      throw new SimAssertionError(`${action.do}: this scenario does not use the ${idle.name}`);
    }
    x.extension.command?.(x.fx, this.stateOf(x), action);
    return true;
  }

  clientStepped(index: number): void {
    for (const x of this.installed) x.extension.clientStepped?.(x.fx, this.stateOf(x), index);
  }

  txnApplied(sid: number, txn: ZkTxn, result: ApplyResult): void {
    for (const x of this.installed)
      x.extension.txnApplied?.(x.fx, this.stateOf(x), sid, txn, result);
  }

  sessionExpired(sid: number, session: SessionId): void {
    for (const x of this.installed)
      x.extension.sessionExpired?.(x.fx, this.stateOf(x), sid, session);
  }
}
