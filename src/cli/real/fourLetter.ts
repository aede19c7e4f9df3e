/**
 * ZooKeeper's four-letter words on a client port: `srvr` says whether a server serves (Mode:
 * leader or follower) and its data tree's lastProcessedZxid (the `Zxid:` line, the very value
 * it would vote with, ZAB.md 1.4). A LOOKING or syncing server answers that it is not serving;
 * a frozen one does not answer at all, hence the timeout.
 */
import { connect } from 'node:net';

export interface Srvr {
  /** 'leader' | 'follower' | 'observer' | 'standalone', or null when not serving. */
  mode: string | null;
  zxid: string | null;
  /** `Proposal sizes last/min/max`, printed by a leader only. */
  proposalSizes: string | null;
  raw: string;
}

export function fourLetterWord(port: number, word: string, timeoutMs = 3000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`${word} on port ${port}: no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('connect', () => socket.write(word));
    socket.on('data', (b) => chunks.push(b));
    socket.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
  });
}

export function parseSrvr(raw: string): Srvr {
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(raw)?.[1]?.trim() ?? null;
  const zxid = field('Zxid');
  return {
    mode: field('Mode'),
    zxid: zxid === null ? null : `0x${BigInt(zxid).toString(16)}`,
    proposalSizes: field('Proposal sizes last/min/max'),
    raw,
  };
}

/** srvr, or null when the server does not answer (down, frozen, or not yet listening). */
export async function srvr(port: number): Promise<Srvr | null> {
  try {
    return parseSrvr(await fourLetterWord(port, 'srvr'));
  } catch {
    return null;
  }
}
