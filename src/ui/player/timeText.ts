/**
 * Simulated time as the page writes it: seconds with milliseconds, "8.893". Display time moves in
 * fractions of a millisecond while playing; it is rounded to the whole millisecond here and in the
 * action a person takes at it (controller `act`), so the time on screen is exactly the time the
 * action happens.
 */
export function formatTime(ms: number): string {
  return (Math.round(ms) / 1000).toFixed(3);
}
