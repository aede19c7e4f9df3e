// Chooses the port of the end-to-end tests' preview server, for playwright.config.ts. The rule:
// E2E_PORT if given (it must be free, unless E2E_REUSE=1 says to test the server already listening
// there), else the first free port from 4173 up. It never silently tests another checkout's build:
// a taken port is either skipped (when chosen here) or an error that says what to do.
//
// Playwright loads its config in the runner and again in every worker process. The runner makes
// the choice and writes it to E2E_PORT and E2E_PORT_CHOSEN, which the workers inherit; a worker
// then takes it as is (by then our own server holds the port, so checking it would fail).
import { spawnSync } from 'node:child_process';

export const FIRST_PORT = 4173;
const TRIES = 100;

// Runs in a child Node so the check stays synchronous (the config is loaded synchronously): listens
// on each candidate port of 127.0.0.1 in turn and prints the first that works, or nothing.
const PROBE = `
const net = require('node:net');
const ports = process.argv.slice(1).map(Number);
(function next(i) {
  if (i >= ports.length) return;
  const server = net.createServer();
  server.once('error', () => next(i + 1));
  server.listen(ports[i], '127.0.0.1', () => server.close(() => console.log(ports[i])));
})(0);
`;

/** The first of `ports` free on 127.0.0.1, or null. */
export function firstFree(ports) {
  const r = spawnSync(process.execPath, ['-e', PROBE, ...ports.map(String)], { encoding: 'utf8' });
  const port = Number(r.stdout.trim());
  return Number.isInteger(port) && port > 0 ? port : null;
}

/**
 * @returns {{ port: number, reuse: boolean }}
 * @throws Error with a message that says what to do, when the port cannot be used.
 */
export function e2ePort(env = process.env) {
  const given = env.E2E_PORT;
  const reuse = env.E2E_REUSE === '1';
  if (given !== undefined && env.E2E_PORT_CHOSEN === given) return { port: Number(given), reuse };
  let port;
  if (given !== undefined) {
    port = Number(given);
    if (!Number.isInteger(port) || port < 1024 || port > 65535)
      throw new Error(`E2E_PORT=${given}: expected a port number from 1024 to 65535`);
    if (!reuse && firstFree([port]) === null)
      throw new Error(
        `E2E_PORT=${port} is already in use (another checkout's preview server, or another ` +
          `program). Stop it, choose another E2E_PORT, leave E2E_PORT unset to get a free port, ` +
          `or set E2E_REUSE=1 to test the server that listens there.`,
      );
  } else {
    port = firstFree(Array.from({ length: TRIES }, (_, i) => FIRST_PORT + i));
    if (port === null)
      throw new Error(
        `No free port from ${FIRST_PORT} to ${FIRST_PORT + TRIES - 1} for the e2e preview server; set E2E_PORT`,
      );
  }
  env.E2E_PORT = String(port);
  env.E2E_PORT_CHOSEN = String(port);
  const how = reuse ? 'reusing the server there' : `build in .e2e-dist/${port}`;
  console.error(`e2e: preview server on http://127.0.0.1:${port} (${how})`);
  return { port, reuse: reuse && given !== undefined };
}
