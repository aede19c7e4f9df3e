/**
 * Runs each client's recipe after every step of that client: first any change of its session
 * status, then the reply or watch event the step delivered, then the recipe's timer.
 */
import { submit } from '../client/clientProcess';
import { stepRecipe, type RecipeApi, type RecipeInput } from '../client/recipes';
import { clientPort } from './clients';
import type { ClientOutcome, WorldEffects } from './effects';
import type { ClientRecord } from './world';

export function runRecipe(sim: WorldEffects, index: number, outcome: ClientOutcome): void {
  const rec = sim.world.clients[index] as ClientRecord;
  const state = rec.recipe;
  if (!state) return;
  const port = clientPort(sim, index);
  const api: RecipeApi = {
    nowMs: sim.world.nowMs,
    call: (op) => submit(rec.client, op, port),
    setTimer: (delayMs) => port.setTimer('client.recipe', delayMs),
  };
  const inputs: RecipeInput[] = [];
  if (rec.client.status !== state.status)
    inputs.push({ kind: 'status', status: rec.client.status, sessionId: rec.client.sessionId });
  if (outcome && (outcome.kind === 'reply' || outcome.kind === 'watch' || outcome.kind === 'timer'))
    inputs.push(outcome);
  for (const input of inputs) stepRecipe(state, input, api);
}
