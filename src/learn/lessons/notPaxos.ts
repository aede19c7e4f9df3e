/** Chapter 9: ZAB is not Paxos (and not Raft), shown on one leader crash (issue 16). */
import type { Lesson } from '../lesson';
import { presetScenario } from './presetScenario';

export const notPaxos: Lesson = {
  id: 'not-paxos',
  chapter: 9,
  title: { en: 'ZAB is not Paxos (and not Raft)', zh: 'ZAB 不是 Paxos（也不是 Raft）' },
  scenario: presetScenario('leader-crash'),
  steps: [
    {
      target: { match: { k: 'log', kind: 'commit' } },
      text: {
        en: "Many articles say ZooKeeper runs Paxos. It does not: it runs ZAB, ZooKeeper Atomic Broadcast. Both use majorities, but ZAB promises more: primary order. Writes of one leader are delivered in the order it proposed them, and never mixed with a later leader's.",
        zh: '许多文章说 ZooKeeper 运行 Paxos。其实不是：它运行的是 ZAB（ZooKeeper 原子广播）。两者都使用多数派，但 ZAB 承诺更多：主序（primary order）。一个 leader 的写操作按它提议的顺序交付，并且绝不会与后来 leader 的写操作交错。',
      },
      highlight: { leader: true },
    },
    {
      target: { match: { k: 'action', do: 'crash' } },
      text: {
        en: "Classic Paxos agrees on each log slot separately, with ballots; a new proposer may fill slots in any order. Raft has terms, much like ZAB's epochs, and also a single leader.",
        zh: '经典 Paxos 用选票编号（ballot）分别就每个日志槽位达成一致；新的提议者可以按任意顺序填充槽位。Raft 有任期（term），很像 ZAB 的 epoch，也只有一个 leader。',
      },
    },
    {
      target: { match: { k: 'log', kind: 'elected', params: { state: 'LEADING' } } },
      text: {
        en: "The difference shows now. Raft elects only a candidate whose log is up to date, by (last term, last index). ZAB elects by (peerEpoch, zxid, sid), then, before proposing anything, the new leader runs discovery and synchronization: every follower of the quorum gets exactly the leader's history first.",
        zh: '区别现在显现出来了。Raft 只选出日志足够新的候选者，按（最后任期，最后索引）比较。ZAB 按 (peerEpoch, zxid, sid) 选举，然后新 leader 在提出任何提议之前，先进行发现和同步：法定人数中的每个 follower 都先得到与 leader 完全相同的历史。',
      },
      highlight: { leader: true },
    },
    {
      target: { match: { k: 'log', kind: 'activated' } },
      text: {
        en: 'Only after NEWLEADER is acknowledged by a quorum does the leader propose. A Paxos proposer would instead run phase 1 for each undecided slot.',
        zh: '只有在 NEWLEADER 得到法定人数确认后，leader 才会提议。而 Paxos 的提议者则需要为每个未决定的槽位运行第一阶段。',
      },
      highlight: { leader: true },
      question: {
        kind: 'choice',
        prompt: {
          en: 'Which zxid will the first write of the new leader get?',
          zh: '新 leader 的第一个写操作会得到哪个 zxid？',
        },
        options: [
          {
            value: '0x100000003',
            label: { en: '0x100000003 (next in epoch 1)', zh: '0x100000003（epoch 1 中的下一个）' },
          },
          {
            value: '0x200000001',
            label: { en: '0x200000001 (first of epoch 2)', zh: '0x200000001（epoch 2 的第一个）' },
          },
          {
            value: '0x100000001',
            label: { en: '0x100000001 (reused)', zh: '0x100000001（重用）' },
          },
        ],
        answer: { from: 'param', name: 'zxid' },
        explain: {
          en: 'A zxid is (epoch, counter). The new leader proposed a higher epoch in discovery, and its counter restarts at 1. Every write of epoch 2 sorts after every write of epoch 1: that is primary order.',
          zh: 'zxid 是（epoch，计数器）。新 leader 在发现阶段提出了更高的 epoch，计数器从 1 重新开始。epoch 2 的每个写操作都排在 epoch 1 的所有写操作之后：这就是主序。',
        },
      },
    },
    {
      target: { match: { k: 'log', kind: 'propose' }, notBeforeMs: 5000 },
      text: {
        en: "In short: epochs, like terms and ballots, fence off old leaders; but ZAB also makes the new leader synchronize a quorum before its first proposal, which gives the primary order that ZooKeeper's clients rely on.",
        zh: '简而言之：epoch 像 term 和 ballot 一样隔离旧 leader；但 ZAB 还要求新 leader 在第一次提议之前同步法定人数，由此得到 ZooKeeper 客户端所依赖的主序。',
      },
      highlight: { leader: true },
    },
  ],
};
