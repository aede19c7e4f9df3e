/**
 * Strings for one message by hand (issue 16, part 4): the popover on a message in flight and
 * the event log's sentences for drop-message and delay-message.
 */
export const handMessageEn = {
  'why.drop.byHand': 'it was dropped by hand',
  'ex.dropMessage':
    '{kind} from S{from} to S{to} is dropped by hand. On TCP a lost message breaks its connection: both ends will reconnect.',
  'ex.dropNotification':
    'Notification from S{from} to S{to} is dropped by hand. S{from} sends its vote again after its notification back-off.',
  'ex.delayMessage':
    '{kind} from S{from} to S{to} is held {byMs} ms longer, until {atMs}; later messages on that link wait behind it (TCP keeps order).',
  'ex.handNoop': 'Message #{id} was not in flight: nothing was dropped or delayed.',
  'msg.name': '{kind} from S{from} to S{to}',
  'msg.nameZxid': '{kind} {zxid} from S{from} to S{to}',
  'msg.inFlight': 'Messages in flight',
  'msg.drop': 'Drop',
  'msg.delay': 'Delay',
  'msg.delayBy': 'Delay by (ms)',
  'msg.delayBound': 'A whole number from 1 to 60000 ms.',
  'msg.close': 'Close',
  'msg.dropHint':
    'ZooKeeper talks over TCP: losing a message breaks its connection, so both ends reconnect and synchronize again.',
  'msg.dropHintElection':
    'A lost Notification: the sender sends its vote again after its back-off (timer.notification).',
  'msg.delayHint': 'Later messages on this link wait behind it: TCP delivers in order.',
  'msg.arrives': 'Sent at {sent} s, due at {at} s.',
  'msg.gone': 'This message is no longer in flight.',
} as const;
