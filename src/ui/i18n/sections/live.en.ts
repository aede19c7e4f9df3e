/**
 * English strings of the live mode (a real local ZooKeeper ensemble through `npm run live`).
 * ZooKeeper's own words (LEADING, currentEpoch, zxid, srvr) stay as ZooKeeper writes them.
 */
export const liveEn = {
  'live.title': 'Real processes',
  'live.leave': 'Leave live mode',
  'live.back': 'Back to the live ensemble',
  'live.elsewhere':
    'You are looking at a simulation; the live ensemble goes on ({count} records so far).',

  'live.connection.connecting': 'Connecting to the bridge at {address}…',
  'live.connection.open':
    'Connected: these are real ZooKeeper servers started by npm run live on this computer.',
  'live.connection.refused':
    'The bridge refused this address’s token. Open the link npm run live printed when it started.',
  'live.connection.protocol':
    'The bridge speaks live protocol {bridge} and this page {page}: use the page and npm run live from the same version.',
  'live.connection.gone':
    'The bridge has gone (npm run live stopped, or the connection dropped). What you see is the last state it sent. Reconnect while it still runs; if it stopped, start it again and open the new link.',
  'live.connection.refusedAfter':
    'The bridge could not read the last record number this page asked after. Open the link npm run live printed.',
  'live.reconnect': 'Reconnect',
  'live.gap.title': 'Missing records',
  'live.gap.start':
    'Missing records: the first {count}. The bridge no longer had them when this page connected (it keeps only the newest), so the live ensemble is shown from {to}.',
  'live.gap.middle':
    'Missing records: {count}, logged between {from} and {to}. The bridge no longer had them when this page reconnected (it keeps only the newest); the ring jumps over them.',
  'live.connection.unreachable':
    'Cannot reach the bridge at {address}. Is npm run live running? Its link changes at every start.',
  'live.connection.invalidUrl':
    'The live address “{value}” cannot be used: expected ws://127.0.0.1:PORT/TOKEN as npm run live prints it.',

  'live.controls': 'Crash, freeze, resume, restart or write to the {count} real servers',
  'live.servers': 'Servers',
  'live.server': 'Server {sid}',
  'live.state.down': 'DOWN',
  'live.state.frozen': 'FROZEN',
  'live.state.notServing': 'not serving',
  'live.process.up': 'running, pid {pid}',
  'live.process.frozen': 'stopped by SIGSTOP, pid {pid}',
  'live.process.down': 'not running',
  'live.none': '—',
  'live.crash': 'Crash',
  'live.freeze': 'Freeze',
  'live.resume': 'Resume',
  'live.restart': 'Restart',
  'live.crashServer': 'Crash server {sid} (SIGKILL)',
  'live.freezeServer': 'Freeze server {sid} (SIGSTOP)',
  'live.resumeServer': 'Resume server {sid} (SIGCONT)',
  'live.restartServer': 'Restart server {sid}',
  'live.noServers': 'Waiting for the bridge’s first status…',

  'live.write': 'Write',
  'live.write.title': 'Write through a real client',
  'live.write.path': 'Znode path',
  'live.write.data': 'Data',
  'live.write.hint':
    'Creates the znode, or sets its data when it exists (path up to {path} characters, data up to {data} bytes).',
  'live.write.badPath': 'A znode path starts with / and has no empty, “.” or “..” part.',

  'live.answers': 'Answers to your commands',
  'live.sent.pending': '{command}: waiting for the bridge…',
  'live.sent.ok': '{command}: done.',
  'live.sent.okZxid': '{command}: done, zxid {zxid}.',
  'live.sent.error': '{command}: refused. {why}',
  'live.command.crash': 'Crash server {sid}',
  'live.command.freeze': 'Freeze server {sid}',
  'live.command.resume': 'Resume server {sid}',
  'live.command.restart': 'Restart server {sid}',
  'live.command.write': 'Write {path}',
  'live.error.command.invalid': 'The bridge could not read the command.',
  'live.error.server.unknown': 'The bridge did not start server {detail}.',
  'live.error.server.not-running': 'Server {detail} is not running.',
  'live.error.server.already-running': 'Server {detail} is already running.',
  'live.error.server.frozen': 'Server {detail} is already frozen.',
  'live.error.server.not-frozen': 'Server {detail} is not frozen.',
  'live.error.write.no-server': 'No server is serving clients right now (an election?).',
  'live.error.write.failed': 'ZooKeeper did not take the write (error code {detail}).',
  'live.error.busy': 'Server {detail} is still busy with the previous command.',
} as const;
