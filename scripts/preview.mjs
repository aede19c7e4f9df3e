// Builds the app and serves the build on 127.0.0.1 for scripts that drive a browser against it
// (the UI bench, the README's screenshots). Vite's own entry is run by this Node, so the child is
// the server itself: through npx it would be a grandchild, which killing the child leaves running.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

function vite(args, stdio) {
  return spawn(process.execPath, [VITE, ...args], { cwd: ROOT, stdio });
}

/** `vite build` into dist/, errors on stderr. */
export function buildApp() {
  return new Promise((ok, fail) => {
    const child = vite(['build', '--logLevel', 'error'], ['ignore', 'ignore', 'inherit']);
    child.on('exit', (code) =>
      code === 0 ? ok() : fail(new Error(`vite build exited with ${code}`)),
    );
  });
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port')),
      );
    });
  });
}

/** Serves dist/ with `vite preview` on 127.0.0.1:port; resolves once it answers. Kill it when done. */
export async function startPreview(port) {
  const child = vite(
    ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    'ignore',
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('vite preview did not start');
}
