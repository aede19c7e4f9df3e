/**
 * Command-line arguments of `npm run live`, a pure function from argv to a result so that every
 * refusal is testable without a process; main.ts turns a refusal into exit status 2.
 */
export const LIVE_USAGE = `Usage: npm run --silent live -- [options]

Starts a real 3-server ZooKeeper ensemble on 127.0.0.1 (Debian's package, installed with apt-get
when missing) and a bridge that streams its parsed logs and status to the app over a WebSocket on
127.0.0.1, guarded by a random token. Prints the URL to open. Ctrl-C stops every process it
started.

Options:
  --port N     the bridge's port (1024 to 65535; default: a free port the kernel picks)
  --app URL    the app's address the printed link starts with (http or https;
               default http://127.0.0.1:5173/, where \`npm run dev\` serves it)
  -h, --help   show this help

Exit status: 130 stopped by Ctrl-C, 143 by SIGTERM; 2 unusable arguments or the port in use;
3 ZooKeeper could not be installed or started, or the parent process died.`;

export const DEFAULT_APP_URL = 'http://127.0.0.1:5173/';
export const PORT_MIN = 1024;
export const PORT_MAX = 65535;

export type LiveArgs = { kind: 'help' } | { kind: 'run'; port: number; app: string };
export type LiveArgsResult = { ok: true; args: LiveArgs } | { ok: false; error: string };

export function parseLiveArgs(argv: readonly string[]): LiveArgsResult {
  if (argv.includes('-h') || argv.includes('--help')) return { ok: true, args: { kind: 'help' } };
  let port: number | null = null;
  let app: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.split('=')[0]!;
    if (name !== '--port' && name !== '--app')
      return { ok: false, error: `unknown argument ${JSON.stringify(arg)} (see --help)` };
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
    if ((name === '--port' ? port : app) !== null)
      return { ok: false, error: `${name} is given more than once` };
    if (name === '--port') {
      if (value === undefined || !/^\d+$/.test(value) || +value < PORT_MIN || +value > PORT_MAX)
        return {
          ok: false,
          error: `--port: expected an integer from ${PORT_MIN} to ${PORT_MAX}, got ${JSON.stringify(value ?? '')}`,
        };
      port = Number(value);
    } else {
      const url = value === undefined ? null : URL.canParse(value) ? new URL(value) : null;
      if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:'))
        return {
          ok: false,
          error: `--app: expected an http or https URL, got ${JSON.stringify(value ?? '')}`,
        };
      app = url.href;
    }
  }
  return { ok: true, args: { kind: 'run', port: port ?? 0, app: app ?? DEFAULT_APP_URL } };
}

/** The link to print: the app with `?live=ws://127.0.0.1:PORT/TOKEN` (other parameters kept). */
export function liveLink(app: string, port: number, token: string): string {
  const url = new URL(app);
  url.searchParams.set('live', `ws://127.0.0.1:${port}/${token}`);
  return url.href;
}
