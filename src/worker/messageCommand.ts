/**
 * A person's drop-message or delay-message is refused, rather than recorded as a command that
 * changes nothing, when its message is not in flight at the moment it is given: the page showed
 * a mark that the run has since delivered, or a link or file named a message that does not exist.
 */
import { checkInFlight, type CommandAction, type HandNoop, type Simulation } from './simApi';

const WHY: Record<HandNoop, string> = {
  'no-such-message': 'no message with this number has been sent yet',
  'not-in-flight': 'this message was already delivered or dropped',
  loopback: "a server's message to itself does not cross the network",
};

/** The refusal line (field path and why, as the validator words it), or null when it may apply. */
export function checkMessageAction(sim: Simulation, action: CommandAction): string | null {
  if (action.do !== 'drop-message' && action.do !== 'delay-message') return null;
  const r = checkInFlight(sim, action.message);
  return r.ok ? null : `action.message: ${WHY[r.noop]} (message #${action.message})`;
}
