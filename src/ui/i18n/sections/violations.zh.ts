/** 简体中文：检查器发现的不变式违规，每个不变式一句（与 violations.en.ts 同键）。 */
import type { violationsEn } from './violations.en';

export const violationsZh: Record<keyof typeof violationsEn, string> = {
  'violations.Leadership':
    'S{sid} 与 {peers} 同时是 epoch {epoch} 的 leader。每个 epoch 至多有一个确立的 leader，因为任意两个 quorum 必有共同的服务器。',
  'violations.PrefixConsistency':
    'S{sid} 交付了 {zxid}（{value}），而 {peers} 在同一位置已交付了另一个事务。已交付的序列不会改变，各服务器在都已交付的每个位置上必须一致。',
  'violations.Integrity':
    'S{sid} 交付了 {zxid}（{value}），但从没有 leader 提议过它。服务器只交付 leader 广播过的事务。',
  'violations.Agreement':
    'S{sid} 交付了 {zxid}（{value}），而 {peers} 在该位置交付了另一个事务，双方各持有对方从未交付的事务。各服务器必须交付相同的事务。',
  'violations.TotalOrder':
    'S{sid} 交付了 {zxid}（{value}），却早于 {peers} 先交付的一个事务。所有服务器按相同顺序交付事务。',
  'violations.LocalPrimaryOrder':
    'S{sid} 交付 {zxid}（{value}）的顺序与 epoch {epoch} 的 leader 提议的顺序不同。同一 epoch 内，服务器按 leader 的提议顺序交付。',
  'violations.GlobalPrimaryOrder':
    'S{sid} 在交付了更晚 epoch 的事务之后，才交付 epoch {epoch} 的 {zxid}（{value}）。较早 epoch 的事务必须先交付。',
  'violations.PrimaryIntegrity':
    'S{sid} 交付了 epoch {epoch} 的 {zxid}（{value}），而它的 leader {peers} 尚未交付该事务。新 leader 在广播前必须先交付所有更早的事务。',
  'violations.EpochMonotonicity':
    'S{sid} 写入的 epoch {epoch} 违反了 epoch 规则。acceptedEpoch 与 currentEpoch 永不减小，且 currentEpoch 不会超过 acceptedEpoch。',
  'violations.UniqueZxid':
    'S{sid} 作为 epoch {epoch} 的 leader，提议的 {zxid}（{value}）违反了 zxid 规则。zxid 带有其 leader 的 epoch 和严格递增的计数器，因此两个事务不会共用一个 zxid。',
  'violations.CommitQuorum':
    'S{sid} 在没有 voter 的 ACK quorum 时、或在前一个提议之前发送了 COMMIT({zxid})。leader 只在 quorum 个 voter 记录了提议之后、并按 zxid 顺序提交。',
  'violations.CommitMatchesPendingHead':
    'S{sid} 收到的 COMMIT({zxid}) 不是其待提交提议队列的队首。follower 按收到提议的顺序提交；ZooKeeper 在此处会退出。',
  'violations.NoLostCommits':
    'S{sid} 成为 epoch {epoch} 的 leader 时缺少 {zxid}（{value}），而 {peers} 已交付了它。新 leader 的历史必须包含每个已提交的事务，否则该提交会丢失。',
  'violations.EpochLogPrefix':
    'S{sid} 的日志或快照中 {zxid}（{value}）的顺序不对。服务器的历史按 zxid 顺序跟随各任 leader 的提议。',
  'violations.VoteSanity':
    'S{sid} 在没有 voter 投票的 quorum、或没有 leader 自己的 LEADING 投票时，就认定 {peers} 为 leader。Fast Leader Election 只在形成 quorum 时做出决定。',
  'violations.zkLayer': 'ZooKeeper 层（会话、临时 znode、watch、客户端）的一个不变式在此处被违反。',
  'violations.ReadsArePrefixes':
    'S{sid} 用一棵包含到 {applied} 为止事务的树回答了读请求，但它只交付到 {delivered}。服务器只从已交付的事务中读取，因此每次读取看到的都是历史的一个前缀。',
  'violations.ClosedSessionLeavesNoEphemerals':
    'S{sid} 已应用会话 {session} 的关闭，但该会话仍拥有 {paths}。关闭会话会删除它创建的所有临时 znode。',
  'violations.EphemeralsHaveNoChildren':
    '在 S{sid} 上，临时 znode {path} 有子节点（{children}）。临时 znode 永远不能有子节点。',
  'violations.SequentialSuffixesIncrease':
    '在 S{sid} 上，{path} 的子节点计数器从 {before} 变成了 {after}。它必须严格递增，同一父节点下的顺序后缀才不会重复。',
  'violations.WatchFiresOnce':
    '客户端 {client} 在 {path} 上没有 watch，却收到了 {type} 事件。watch 只触发一次，而且只通知设置它的客户端。',
  'violations.ClientNeverGoesBack':
    '客户端 {client} 已经见过 {seen}，随后又从 S{from} 收到了位于 {zxid} 的 {kind}。客户端看到的历史永远不会倒退，即使它换到了另一台服务器。',
  'violations.pathSep': '、',
  'violations.servers': 'S{list}',
  'violations.listSep': '、S',
  'violations.anotherServer': '另一台服务器',
};
