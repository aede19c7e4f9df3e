/**
 * English for the replay of real ZooKeeper logs: the dialog, the banner with clock offsets, the
 * cards' unknowns, the fork's notes, the refusals by code, the event log's sentences for each of
 * the parser's codes (src/logs/kinds.ts), and the space-time diagram.
 */
export const replayEn = {
  'replay.open': 'Open ZooKeeper logs',
  'replay.dialogTitle': 'Open ZooKeeper logs',
  'replay.dialogNote':
    'The log files of the servers of one ensemble (ZooKeeper 3.4 to 3.9, log4j or logback), up to {max} files and {mib} MiB in all. Each server’s id comes from the file’s content (myid) or its name; you are asked when neither says. The files are read in this page only.',
  'replay.files': 'ZooKeeper log files',
  'replay.drop': 'Drop log files here',
  'replay.choose': 'Choose files…',
  'replay.pasteName': 'Name of a pasted log',
  'replay.pasteText': 'Pasted log text',
  'replay.addPaste': 'Add the pasted log',
  'replay.chosen': 'Files to open',
  'replay.noneChosen': 'No file yet.',
  'replay.remove': 'Remove {name}',
  'replay.sidFor': 'Server id of {name}',
  'replay.sidAuto': 'from its content or name',
  'replay.openButton': 'Replay these logs',
  'replay.cancel': 'Cancel',
  'replay.tooLarge': 'The files together are larger than {mib} MiB: cut them to the time you need.',
  'replay.tooMany': 'More than {max} files: open the servers of one ensemble.',
  'replay.none': 'Choose or paste at least one log file.',
  'replay.pasteEmpty': 'Paste a log’s text and give it a name first.',
  'replay.sidBad': 'Server id of {name}: a whole number from 1 to 255.',
  'replay.unchanged': 'Nothing was opened; what was running is unchanged.',
  'replay.err.file.missing': '{file}: no such file.',
  'replay.err.file.unreadable': '{file}: cannot be read.',
  'replay.err.file.empty': '{file}: the file is empty, not a ZooKeeper log.',
  'replay.err.file.binary': '{file}: binary data (compressed, or not text): not a ZooKeeper log.',
  'replay.err.file.too-large': '{file}: larger than {limit} MiB; cut it to the time you need.',
  'replay.err.file.not-zookeeper':
    '{file}: not a ZooKeeper log: no line in a ZooKeeper log4j or logback layout.',
  'replay.err.file.not-zookeeper-line':
    '{file}: not a ZooKeeper log: its lines are in a log4j layout but none is ZooKeeper’s.',
  'replay.err.file.sid-unknown':
    '{file}: cannot tell which server wrote it (no myid in it, no single number in its name): give its server id below.',
  'replay.err.file.sid-conflict':
    '{file}: names more than one server id ({evidence}): give its server id below.',
  'replay.err.input.no-files': 'No log file given.',
  'replay.err.input.too-many-files': 'More than {limit} files given.',
  'replay.banner': 'Real logs',
  'replay.bannerDetail':
    '{servers} servers from {files} files, {elections} elections. Time 0 is {t0} by the logs’ clocks.',
  'replay.offsets': 'Clock offsets',
  'replay.offset': 'Clock offset of S{sid} (ms)',
  'replay.offsetHint':
    'Added to that server’s times, to correct the skew between machines’ clocks (at most {max} ms either way).',
  'replay.offsetBad': 'Clock offset of S{sid}: a whole number of ms from -{max} to {max}.',
  'replay.applyOffsets': 'Apply offsets',
  'replay.fork': 'Continue in the simulator',
  'replay.close': 'Back to the simulation',
  'replay.noCommands':
    'These are real logs: they cannot be changed. Continue in the simulator to act on the servers.',
  'replay.status.logged': 'as its log says',
  'replay.status.no-log': 'unknown: no log of it',
  'replay.status.before-first-line': 'unknown: its log starts later',
  'replay.status.starting': 'starting: no state logged yet',
  'replay.status.unreachable': 'unreachable: its peers lost it',
  'replay.unknown': 'unknown',
  'replay.real': 'REAL',
  'replay.forkTitle': 'Continued from the real logs',
  'replay.forkAt':
    'The simulation starts from each server as its logs showed it at {at}. What the logs did not say:',
  'replay.forkNone': 'Every value came from the servers’ own lines.',
  'replay.forkDefaults':
    'The network’s delays are the simulator’s defaults: the logs do not carry them. Change them in Settings.',
  'replay.forkElection':
    'Every server starts LOOKING, as a restarted ensemble does: ZooKeeper, and so the simulator, cannot start a server as leader or follower. The election picks the leader from these epochs and zxids; a leader already established is elected again in the next epoch.',
  'replay.forkConfigTitle': 'Timing settings of the new run:',
  'replay.config.unit.tickTime': '{value} ms',
  'replay.config.unit.limit': '{value} ticks',
  'replay.config.logged': '{key} = {value}: as the logs of {sids} printed it.',
  'replay.config.disagree':
    '{key} = {value}: what most servers printed ({sids}); the others printed another value.',
  'replay.config.default':
    '{key} = {value}: inferred: no server’s start is in these logs, so the simulator’s default.',
  'replay.config.out-of-bounds':
    '{key} = {value}: inferred: the logs say {logged}, beyond the simulator’s bound, so its default.',
  'replay.note.was-role': 'S{sid}: was {role} in epoch {epoch} at this moment; it starts LOOKING.',
  'replay.note.inferred': 'S{sid} {field}: read off another server’s line.',
  'replay.note.default': 'S{sid} {field}: not in its logs; the simulator’s default.',
  'replay.note.down-unreachable':
    'S{sid}: starts down: its peers lost it after its last line (killed or frozen).',
  'replay.note.no-log': 'S{sid}: no log was given; it starts as a fresh server.',
  'replay.note.starts-later': 'S{sid}: its log starts {ms} ms later; it starts then.',
  'replay.note.raised': 'S{sid} {field}: raised to the epoch of its last zxid.',
  'replay.dismiss': 'Close',
  'replay.refuse.fork.sids':
    'Cannot continue in the simulator: its servers are numbered 1 to N, these logs have {sids}.',
  'replay.refuse.fork.too-many-servers':
    'Cannot continue in the simulator: it takes at most {limit} servers.',
  'replay.refuse.fork.too-many-txns':
    'Cannot continue in the simulator: the servers’ logs hold more than {limit} transactions.',
  'replay.refuse.fork.observers':
    'Cannot continue in the simulator: its observers take the highest ids, these logs have observers {sids}.',
  'replay.refuse.fork.no-replay': 'No real logs are open.',
  'real.server.started': 'started (“Starting quorum peer”)',
  'real.server.config': 'set {key} to {value}',
  'real.server.version': 'runs ZooKeeper {version}',
  'real.fle.election.started': 'starts an election with its last zxid {zxid}',
  'real.fle.notification.received':
    'receives S{from}’s vote: {state}, for S{leader}, zxid {zxid}, peerEpoch {peerEpoch}, round {round}',
  'real.fle.notification.sent': 'sends S{to} its vote for S{leader}, zxid {zxid}, round {round}',
  'real.fle.notification.timeout': 'no vote for {ms} ms: sends its vote again (back-off doubles)',
  'real.state': 'is {state}',
  'real.statePhase': 'is {state}: {phase}',
  'real.election.took': 'ends the election as {state} after {tookMs} ms',
  'real.epoch.current': 'currentEpoch is {epoch}',
  'real.epoch.accepted': 'acceptedEpoch is {epoch}',
  'real.leader.newleader': 'proposes NEWLEADER with zxid {zxid} (epoch {epoch})',
  'real.leader.quorum': 'has a quorum of supporters {sids}: leads epoch {epoch} from zxid {zxid}',
  'real.leader.learner': 'S{sid} connects to it as a learner',
  'real.leader.sync': 'synchronizes S{sid}, whose last zxid is {peerLastZxid}',
  'real.leader.newleader.ack': 'S{sid} acknowledges NEWLEADER',
  'real.sync.mode.leader': 'sends S{peer} a {mode} to zxid {zxid}',
  'real.sync.mode.learner': 'gets a {mode} from its leader to zxid {zxid}',
  'real.learner.newleader': 'receives NEWLEADER',
  'real.learner.uptodate': 'receives UPTODATE: serves clients',
  'real.learner.disconnected': 'disconnected from its leader after {connectedMs} ms',
  'real.leader.shutdown': 'stops leading: {reason}',
  'real.proposal': 'proposes {type} as zxid {zxid}',
  'real.commit': 'commits {type} zxid {zxid}',
  'real.session.established': 'establishes session {session} (timeout {timeoutMs} ms)',
  'real.session.committed': 'commits session {session}',
  'real.session.expired': 'expires session {session}: {timeoutMs} ms without a heartbeat',
  'real.session.closing': 'closes session {session}',
  'real.session.closed': 'closes the socket of session {session}',
  'real.connection.error': 'connection error ({kind}) with {peer}: {exception}',
  'real.timeout': 'timeout ({kind}): {exception}',
  'real.none': '—',
  'spacetime.toggle': 'Space-time diagram',
  'spacetime.title': 'Space-time diagram',
  'spacetime.window': 'Window',
  'spacetime.windowSeconds': 'last {s} s',
  'spacetime.desc':
    'One lane per server, time flowing down to now; messages as arrows from send to receipt, state changes and elections marked.',
  'spacetime.receiptOnly': 'received (send time not logged)',
  'spacetime.truncated': 'Only the newest {n} messages of this window are drawn.',
  'spacetime.elected': 'S{sid} leads, epoch {epoch}',
  'spacetime.electedNoEpoch': 'S{sid} leads',
  'spacetime.unknown': 'unknown',
  'spacetime.empty': 'Nothing happened in this window.',
  'inspector.replay':
    'These are real ZooKeeper logs, replayed. The cards, “What happened” and the space-time diagram show what the logs say and nothing more: a value no line gives stays unknown. To try something else from this moment, choose “Continue in the simulator”.',
} as const;
