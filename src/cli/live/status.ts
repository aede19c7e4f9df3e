/**
 * One poll of every server's state: what the operating system says (running, stopped by SIGSTOP,
 * gone), what `srvr` and `mntr` answer on its client port, and the currentEpoch it persisted. A
 * frozen server is not asked (it would not answer), and an answer that does not come within
 * FOUR_LETTER_TIMEOUT_MS counts as none, so one poll never outlasts the next by much.
 */
import type { LiveServerStatus } from '../../protocol/live';
import { fourLetterWord, parseSrvr } from '../real/fourLetter';

export const FOUR_LETTER_TIMEOUT_MS = 900;

/** What the bridge needs of the real ensemble (src/cli/real/ensemble.ts), and a test's fake. */
export interface LiveEnsemble {
  readonly servers: number;
  readonly ports: ReadonlyMap<number, { client: number }>;
  isRunning(sid: number): boolean;
  isFrozen(sid: number): boolean;
  pidOf(sid: number): number | undefined;
  epochs(sid: number): { currentEpoch: number | null };
  logPath(sid: number): string;
  start(sid: number, timeoutMs: number): Promise<void>;
  crash(sid: number): Promise<void>;
  freeze(sid: number): Promise<void>;
  unfreeze(sid: number): Promise<void>;
}

export function sids(ensemble: LiveEnsemble): number[] {
  return Array.from({ length: ensemble.servers }, (_, i) => i + 1);
}

/** `mntr`'s zk_znode_count, or null. */
export function znodeCount(mntr: string): number | null {
  const m = /^zk_znode_count\s+(\d+)\s*$/m.exec(mntr);
  return m ? Number(m[1]) : null;
}

async function ask(port: number, word: string): Promise<string | null> {
  try {
    return await fourLetterWord(port, word, FOUR_LETTER_TIMEOUT_MS);
  } catch {
    return null;
  }
}

export async function pollStatus(ensemble: LiveEnsemble): Promise<LiveServerStatus[]> {
  return Promise.all(
    sids(ensemble).map(async (sid): Promise<LiveServerStatus> => {
      const running = ensemble.isRunning(sid);
      const frozen = running && ensemble.isFrozen(sid);
      const clientPort = ensemble.ports.get(sid)!.client;
      const [srvr, mntr] =
        running && !frozen
          ? await Promise.all([ask(clientPort, 'srvr'), ask(clientPort, 'mntr')])
          : [null, null];
      const parsed = srvr === null ? null : parseSrvr(srvr);
      return {
        sid,
        pid: running ? (ensemble.pidOf(sid) ?? null) : null,
        process: !running ? 'down' : frozen ? 'frozen' : 'up',
        mode: parsed?.mode ?? null,
        zxid: parsed?.zxid ?? null,
        epoch: ensemble.epochs(sid).currentEpoch,
        znodes: mntr === null ? null : znodeCount(mntr),
        clientPort,
      };
    }),
  );
}
