/**
 * The controller reaches components through context. The value is a stable forwarding object
 * created once per mount, so components never re-render because the controller was (re)created
 * (React StrictMode mounts twice in development).
 */
import { createContext, useContext } from 'react';
import type { Controller } from './controller';

export const ControllerContext = createContext<Controller | null>(null);

export function useController(): Controller {
  const c = useContext(ControllerContext);
  if (!c) throw new Error('useController outside ControllerContext');
  return c;
}

export interface ControllerSlot {
  /** Forwards every call to the attached controller; does nothing while none is attached. */
  controller: Controller;
  attach(c: Controller | null): void;
}

export function createControllerSlot(): ControllerSlot {
  let target: Controller | null = null;
  const controller = new Proxy({} as Controller, {
    get:
      (_obj, key: keyof Controller) =>
      (...args: unknown[]) => {
        const fn = target?.[key] as ((...a: unknown[]) => unknown) | undefined;
        return fn?.apply(target, args);
      },
  });
  return { controller, attach: (c) => void (target = c) };
}
