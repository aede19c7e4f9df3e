/** English strings of the lock taken and released by click (issue 15, item 4). */
export const clientLockEn = {
  'clientLock.acquire': 'Acquire the lock {path}',
  'clientLock.release': 'Release the lock',
  'clientLock.giveUp': 'Stop waiting for the lock',
  'ex.action.lockAcquire':
    'Client {client} asks for the lock {path}: it creates a sequential ephemeral node there and waits for its turn.',
  'ex.action.lockRelease': 'Client {client} releases the lock {path}: it deletes its node.',
  'ex.action.lockGiveUp':
    'Client {client} stops waiting for the lock {path}: it deletes its node, so its successor moves up.',
  'ex.action.lockNoop.frozen':
    '{action} {client}: the client is frozen, so its application is too.',
  'ex.action.lockNoop.not-connected': '{action} {client}: the client has no connected session now.',
  'ex.action.lockNoop.other-recipe':
    '{action} {client}: the client runs another recipe (or a lock at another path).',
  'ex.action.lockNoop.already-queued': '{action} {client}: it already holds or waits for the lock.',
  'ex.action.lockNoop.not-queued': '{action} {client}: it neither holds nor waits for the lock.',
};
