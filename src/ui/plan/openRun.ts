/**
 * Opens a scenario in the ensemble view the way a shared link opens a run: it writes the run's
 * link (#z=...) into the address bar, and the controller's hashchange handler leaves the Plan
 * view and loads it, exactly as for a link pasted by hand. So the opened run is also a link a
 * person can share, and Back returns to the plan. Used by "Open in the ensemble view" (the
 * plan's point) and by each checked point's Open control.
 */
import type { Scenario } from '../../sim/index';
import { encodeState, HASH_KEY } from '../share/urlState';

export async function openInEnsembleView(scenario: Scenario): Promise<void> {
  const z = await encodeState({ scenario, commands: [], at: null });
  window.location.hash = `${HASH_KEY}=${z}`;
}
