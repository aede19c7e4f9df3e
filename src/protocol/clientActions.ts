/**
 * What a person can do to a client from the ensemble view (issue 15): add one, the process (kill, restart,
 * freeze, unfreeze), its network (cut off from every server, heal), its session (close), and the
 * ZooKeeper API calls of the client form, and the lock recipe's acquire and release. Each is a scenario action of the same name, so it goes
 * into the command log, steps back, forks, and is shared and exported like a server action.
 */
import type { CreateMode } from '../sim/zk/kinds';

export const USER_CLIENT_ACTION_KINDS = [
  'client-add',
  'client-crash',
  'client-restart',
  'client-freeze',
  'client-unfreeze',
  'client-partition',
  'client-heal',
  'close-session',
  'create',
  'set',
  'get',
  'exists',
  'children',
  'delete',
  'sync',
  'lock-acquire',
  'lock-release',
] as const;

export type UserClientAction =
  | {
      do:
        | 'client-crash'
        | 'client-restart'
        | 'client-freeze'
        | 'client-unfreeze'
        | 'client-heal'
        | 'close-session';
      client: string;
    }
  | { do: 'client-partition'; client: string; from: 'all' }
  | { do: 'client-add'; client: string; connect: number[]; sessionTimeoutMs: number }
  | { do: 'create'; client: string; path: string; data: string; mode: CreateMode }
  | { do: 'set'; client: string; path: string; data: string; version: number }
  | { do: 'get' | 'exists' | 'children'; client: string; path: string; watch: boolean }
  | { do: 'delete'; client: string; path: string; version: number }
  | { do: 'sync'; client: string; path: string }
  | { do: 'lock-acquire'; client: string; path: string }
  | { do: 'lock-release'; client: string };

/** The same list as the union above (a compile error otherwise). */
export type UserClientKindsMatch = [UserClientAction['do']] extends [
  (typeof USER_CLIENT_ACTION_KINDS)[number],
]
  ? [(typeof USER_CLIENT_ACTION_KINDS)[number]] extends [UserClientAction['do']]
    ? true
    : never
  : never;
