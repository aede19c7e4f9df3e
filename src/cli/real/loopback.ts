/**
 * Proof that the real ensemble listens on the loopback interface only: the TCP sockets a JVM
 * listens on, read from /proc (its file descriptors' socket inodes, matched against
 * /proc/net/tcp and tcp6). The harness checks this after every start and stops everything if a
 * JVM ever listens on another address.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

export interface Listening {
  address: string;
  port: number;
}

/** The TCP sockets process `pid` is listening on. */
export function listeningSockets(pid: number): Listening[] {
  const inodes = new Set<string>();
  let fds: string[];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return [];
  }
  for (const fd of fds) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]!);
    } catch {
      // The descriptor closed meanwhile.
    }
  }
  const out: Listening[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
      if (cols.length < 10 || cols[3] !== '0A' || !inodes.has(cols[9]!)) continue;
      const [hex, port] = cols[1]!.split(':') as [string, string];
      out.push({ address: decodeAddress(hex), port: parseInt(port, 16) });
    }
  }
  return out;
}

/** /proc/net/tcp writes addresses as host-order hex words. */
function decodeAddress(hex: string): string {
  const bytes = (word: string) => [6, 4, 2, 0].map((i) => parseInt(word.slice(i, i + 2), 16));
  if (hex.length === 8) return bytes(hex).join('.');
  const words = [0, 8, 16, 24].map((i) => hex.slice(i, i + 8));
  const all = words.flatMap(bytes);
  if (all.slice(0, 10).every((b) => b === 0) && all[10] === 255 && all[11] === 255)
    return all.slice(12).join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((all[i]! << 8) | all[i + 1]!).toString(16));
  return groups.join(':');
}

export function isLoopback(address: string): boolean {
  return address.startsWith('127.') || address === '0:0:0:0:0:0:0:1';
}
