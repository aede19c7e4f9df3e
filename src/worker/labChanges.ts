/**
 * Which membership changes a person made happen, as opposed to how the run begins: the first
 * registration of each initial backend at startup is the latter. The charts' markers and the
 * ring's "last change" both skip those.
 */
import type { LabState } from './simApi';

/** Parallel to lab.membershipChanges: true for an initial backend's first registration. */
export function startupRegistrations(lab: LabState): boolean[] {
  const seen = new Set<string>();
  return lab.membershipChanges.map((c) => {
    const first = !seen.has(c.backend);
    seen.add(c.backend);
    const initial = lab.backends.some((b) => b.spec.id === c.backend && b.addedAtMs === 0);
    return c.kind === 'added' && first && initial;
  });
}
