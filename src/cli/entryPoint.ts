/**
 * Whether the module at `moduleUrl` is the script Node was started with (`node --import tsx
 * src/cli/sim.ts`), as opposed to a module a test imported. Symbolic links are resolved, so a
 * linked checkout still runs.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export function isEntryPoint(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return moduleUrl === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}
