/**
 * The next spare backend and the command that adds it to every strategy's pool: one timeline
 * command, so the backend starts, registers through its own ZooKeeper session and reaches the
 * balancers only when the discovery watch fires. Shared by the button beside the membership line
 * and the consistent-hashing ring's. `next` is null once every spare is in.
 */
import { useController } from '../controllerContext';
import { useAppStore } from '../store/appStore';

export function useAddSpare(): { next: string | null; add: () => void } {
  const ctl = useController();
  const next = useAppStore((s) => s.frame?.lab?.spares[0] ?? null);
  return { next, add: () => next !== null && ctl.act({ do: 'add-backend', backend: next }) };
}
