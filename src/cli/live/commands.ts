/**
 * Reads a command the app sent. Anything else (not JSON, an unknown type, a sid the bridge did
 * not start, a path or data over its bound) is refused with a code, never acted on; the bridge
 * acts only on processes it started, and only through these commands.
 */
import { LIVE_DATA_MAX, validZnodePath, type LiveCommand } from '../../protocol/live';

export { validZnodePath };

export type CommandResult =
  | { ok: true; command: LiveCommand }
  | {
      ok: false;
      id: number | null;
      error: 'command.invalid' | 'server.unknown';
      sid: number | null;
    };

const SERVER_COMMANDS = new Set(['crash', 'freeze', 'resume', 'restart']);
const ID_MAX = 2 ** 31 - 1;

function isId(v: unknown): v is number {
  return Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= ID_MAX;
}

export function parseCommand(text: string, servers: readonly number[]): CommandResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, id: null, error: 'command.invalid', sid: null };
  }
  if (typeof value !== 'object' || value === null)
    return { ok: false, id: null, error: 'command.invalid', sid: null };
  const v = value as Record<string, unknown>;
  const id = isId(v.id) ? v.id : null;
  const invalid = { ok: false, id, error: 'command.invalid', sid: null } as const;
  if (id === null) return invalid;
  if (typeof v.type === 'string' && SERVER_COMMANDS.has(v.type)) {
    if (!Number.isSafeInteger(v.sid)) return invalid;
    const sid = v.sid as number;
    if (!servers.includes(sid)) return { ok: false, id, error: 'server.unknown', sid };
    return { ok: true, command: { type: v.type as 'crash', id, sid } };
  }
  if (v.type === 'write') {
    if (typeof v.path !== 'string' || !validZnodePath(v.path)) return invalid;
    if (typeof v.data !== 'string' || Buffer.byteLength(v.data) > LIVE_DATA_MAX) return invalid;
    return { ok: true, command: { type: 'write', id, path: v.path, data: v.data } };
  }
  return invalid;
}
