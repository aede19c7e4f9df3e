/**
 * A person's drop-message or delay-message is refused, rather than recorded as a command that
 * changes nothing, when its message is not in flight at the moment it is given: the page showed
 * a mark that the run has since delivered, or a link or file named a message that does not exist.
 */
import {
  checkInFlight,
  fieldProblemText,
  why,
  type CommandAction,
  type FieldProblem,
} from './simApi';
import type { Simulation } from './simApi';

/** The refusal (the path and why, as the validator words a field), or null when it may apply. */
export function checkMessageAction(
  sim: Simulation,
  action: CommandAction,
): { error: string; field: FieldProblem } | null {
  if (action.do !== 'drop-message' && action.do !== 'delay-message') return null;
  const r = checkInFlight(sim, action.message);
  if (r.ok) return null;
  const field = {
    path: 'action.message',
    why: why('messageGone', { noop: r.noop, message: action.message }),
  };
  return { error: fieldProblemText(field), field };
}
