/**
 * English for the checker's invariant violations: one sentence per invariant of ZAB.md section
 * 7.2, worded from the violation's parameters (sid, peers, zxid, value, epoch). Each says what
 * happened and what the invariant means, which is what a learner needs at that moment.
 */
export const violationsEn = {
  'violations.Leadership':
    'S{sid} and {peers} both lead epoch {epoch}. An epoch has at most one established leader, because two quorums always share a server.',
  'violations.PrefixConsistency':
    'S{sid} delivered {zxid} ({value}) where {peers} had delivered a different transaction. A delivered sequence never changes, and servers agree at every position both have delivered.',
  'violations.Integrity':
    'S{sid} delivered {zxid} ({value}), which no leader ever proposed. A server delivers only transactions that a leader broadcast.',
  'violations.Agreement':
    'S{sid} delivered {zxid} ({value}) where {peers} delivered another transaction, and each holds one the other never delivered. Servers must deliver the same transactions.',
  'violations.TotalOrder':
    'S{sid} delivered {zxid} ({value}) before a transaction that {peers} delivered first. Every server delivers transactions in the same order.',
  'violations.LocalPrimaryOrder':
    'S{sid} delivered {zxid} ({value}) out of the order in which the leader of epoch {epoch} proposed it. Within an epoch, servers deliver in the leader’s proposal order.',
  'violations.GlobalPrimaryOrder':
    'S{sid} delivered {zxid} ({value}) of epoch {epoch} after a transaction of a later epoch. Transactions of earlier epochs are delivered first.',
  'violations.PrimaryIntegrity':
    'S{sid} delivered {zxid} ({value}) of epoch {epoch}, which its leader {peers} has not delivered. A new leader delivers every earlier transaction before it broadcasts.',
  'violations.EpochMonotonicity':
    'S{sid} wrote epoch {epoch} against the epoch rules. acceptedEpoch and currentEpoch never decrease, and currentEpoch never passes acceptedEpoch.',
  'violations.UniqueZxid':
    'S{sid}, leading epoch {epoch}, proposed {zxid} ({value}) against the zxid rules. A zxid carries its leader’s epoch and a strictly increasing counter, so no two transactions share one.',
  'violations.CommitQuorum':
    'S{sid} sent COMMIT({zxid}) without an ACK quorum of voters, or before the proposal ahead of it. A leader commits only after a quorum of voters logged the proposal, and in zxid order.',
  'violations.CommitMatchesPendingHead':
    'S{sid} received COMMIT({zxid}), which is not the head of its pending proposals. A follower commits proposals in the order it received them; ZooKeeper exits here.',
  'violations.NoLostCommits':
    'S{sid} became the leader of epoch {epoch} without {zxid} ({value}), which {peers} had delivered. A new leader’s history holds every committed transaction, or that commit is lost.',
  'violations.EpochLogPrefix':
    'S{sid}’s log or snapshot holds {zxid} ({value}) out of order. A server’s history follows its leaders’ proposals in zxid order.',
  'violations.VoteSanity':
    'S{sid} decided on leader {peers} without a quorum of voters’ votes, or without the leader’s own LEADING vote. Fast Leader Election decides only on a quorum.',
  'violations.zkLayer':
    'An invariant of the ZooKeeper layer (sessions, ephemeral znodes, watches, clients) broke here.',
  'violations.ReadsArePrefixes':
    'S{sid} answered a read from a tree holding transactions up to {applied}, but it had delivered only up to {delivered}. A server reads only from transactions it has delivered, so every read sees a prefix of the history.',
  'violations.ClosedSessionLeavesNoEphemerals':
    'S{sid} applied the close of session {session}, yet that session still owns {paths}. Closing a session deletes every ephemeral znode it created.',
  'violations.EphemeralsHaveNoChildren':
    'On S{sid}, the ephemeral znode {path} has children ({children}). An ephemeral znode never has children.',
  'violations.SequentialSuffixesIncrease':
    'On S{sid}, the child counter of {path} went from {before} to {after}. It must strictly increase, so that sequential suffixes under one parent never repeat.',
  'violations.WatchFiresOnce':
    'Client {client} got a {type} event for {path} without holding a watch there. A watch fires once, and only for a client that set it.',
  'violations.ClientNeverGoesBack':
    'Client {client} had seen {seen}, then got {kind} from S{from} at {zxid}. A client never sees the history go back, even after it moves to another server.',
  'violations.pathSep': ', ',
  'violations.servers': 'S{list}',
  'violations.listSep': ', S',
  'violations.anotherServer': 'another server',
};
