/**
 * The event log's sentences for the client's, the session layer's and the lab's trace lines and
 * for the client and balancer actions, rendered from their codes (src/ui/explain/layerLogs.ts).
 */
export const traceLinesEn = {
  'ex.client.connected':
    'Client {client} connects to {server}: session {session}, negotiated timeout {time}.',
  'ex.client.disconnected':
    'Client {client} loses its connection: {cause}. It tries another server.',
  'ex.client.expired': 'Client {client} learns that its session {session} has expired: {cause}.',
  'ex.client.crashed':
    'The process of client {client} crashes; its session {session} stays until the leader expires it.',
  'ex.client.crashedNoSession': 'The process of client {client} crashes before it had a session.',
  'why.client.connectTimeout': '{server} did not answer within the connect timeout',
  'why.client.readTimeout': 'it heard nothing for 2/3 of the session timeout ({time})',
  'why.client.closedByServer': '{server} closed the connection',
  'why.client.localExpiry': 'no server answered for 4/3 of the session timeout',
  'why.client.sessionInvalid': '{server} says the session is no longer valid',
  'ex.client.unknownServer': 'a server',
  'ex.session.refused':
    'S{sid} refuses a session to client C{client}: the client has seen zxid {seen}, newer than S{sid}’s last zxid {last}, so it must try another server.',
  'ex.session.established':
    'S{sid} establishes session {session} for client C{client}, with a negotiated timeout of {time}.',
  'ex.session.revalidated':
    'S{sid} revalidates session {session} for client C{client}: the leader still tracks it.',
  'ex.session.invalid':
    'S{sid} tells client C{client} that session {session} is no longer valid (it has probably expired).',
  'ex.session.expire':
    'S{sid}, the leader, expires session {session}: no heartbeat within its timeout of {time}. Its ephemeral znodes go with it.',
  'ex.session.expireNoTimeout':
    'S{sid}, the leader, expires session {session}. Its ephemeral znodes go with it.',
  'ex.lb.added':
    'The balancer’s view gains {backend} (now {view}). Keys that move: hash-mod {hashMod}, consistent-hash {ring}.',
  'ex.lb.removed':
    'The balancer’s view loses {backend} (now {view}). Keys that move: hash-mod {hashMod}, consistent-hash {ring}.',
  'ex.lb.emptyView': 'empty',
  'ex.lb.unknownShare': 'not measured',
  'ex.lb.traffic': 'The balancer starts sending traffic: {rate} requests per second.',
  'ex.action.clientCrash': 'The process of client {client} crashes.',
  'ex.action.clientRestart': 'Client {client} restarts: a new process, so a new session.',
  'ex.action.clientHeal': 'Client {client} can reach every server again.',
  'ex.action.clientFreeze':
    'Client {client} freezes, like a long garbage-collection pause: its timers and the messages it receives wait.',
  'ex.action.clientUnfreeze': 'Client {client} runs again: what waited runs now, in order.',
  'ex.action.clientPartition': 'Client {client} is cut off from {servers}.',
  'ex.action.clientPartitionAll': 'Client {client} is cut off from every server.',
  'ex.action.clientNoop': '{action} {client}: nothing to do.',
  'ex.action.delay': 'Every message now takes {min}–{max} ms on the network.',
  'ex.action.delayLink': 'Messages from S{from} to S{to} now take {extra} ms longer.',
  'ex.action.killBackend':
    'Backend {backend}’s process dies; its znode stays until its session expires.',
  'ex.action.restartBackend':
    'Backend {backend} restarts: a new process, a new session, registered again.',
  'ex.action.slowBackend':
    'Backend {backend} slows down: services from now on take {factor}× as long.',
  'ex.action.addBackend': 'Backend {backend} starts and registers itself.',
  'ex.action.removeBackend':
    'Backend {backend} closes its session (its znode goes at once), finishes what it holds and takes nothing new.',
  'ex.action.backendNoop': '{action} {backend}: nothing to do.',
};
