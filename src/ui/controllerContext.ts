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

/** A controller that forwards to `target()`, doing nothing until there is one. */
export function forwardingController(target: () => Controller | null): Controller {
  return new Proxy({} as Controller, {
    get: (_obj, key: keyof Controller) => (...args: unknown[]) => {
      const c = target();
      const fn = c?.[key] as ((...a: unknown[]) => unknown) | undefined;
      return fn?.apply(c, args);
    },
  });
}
