/** Chapter 1: why coordination, ensembles and majority quorums (issue 16). */
import type { Lesson } from '../lesson';

export const quorums: Lesson = {
  id: 'quorums',
  chapter: 1,
  title: { en: 'Ensembles and majority quorums', zh: '集群与多数派法定人数' },
  scenario: {
    version: 1,
    seed: 11,
    untilMs: 9000,
    ensemble: { servers: 5 },
    actions: [
      { atMs: 1000, do: 'write', via: 1, path: '/config', data: 'v1' },
      { atMs: 1500, do: 'crash', sid: 1 },
      { atMs: 2000, do: 'crash', sid: 2 },
      { atMs: 3000, do: 'write', via: 3, path: '/config', data: 'v2' },
      { atMs: 4000, do: 'crash', sid: 3 },
      { atMs: 5000, do: 'write', via: 4, path: '/config', data: 'v3' },
    ],
  },
  steps: [
    {
      target: { atMs: 0 },
      text: {
        en: 'Many programs must agree on small facts: who holds a lock, which servers are alive, the current configuration. One machine would be simple, but when it dies, everyone is stuck. ZooKeeper keeps these facts on an ensemble: here, five servers that each hold a full copy.',
        zh: '许多程序需要就一些小事实达成一致：谁持有锁、哪些服务器还活着、当前配置是什么。用一台机器很简单，但它一宕机，大家就都卡住了。ZooKeeper 把这些事实保存在一个集群（ensemble）上：这里是五台服务器，每台都有完整的副本。',
      },
    },
    {
      target: { match: { k: 'log', kind: 'elected', params: { state: 'LEADING' } } },
      text: {
        en: 'The servers first elect a leader. The leader orders every write; the others follow it. A decision needs a quorum: a majority of the ensemble, here 3 of 5.',
        zh: '服务器先选出一个 leader。leader 为每个写操作排序，其他服务器跟随它。每个决定都需要法定人数（quorum）：集群的多数，这里是 5 台中的 3 台。',
      },
      highlight: { leader: true },
    },
    {
      target: { match: { k: 'log', kind: 'commit' } },
      text: {
        en: 'A write is committed once a quorum has logged it. Any two majorities of the same ensemble share at least one server, so a committed write can never be forgotten by the next majority.',
        zh: '一个写操作被法定人数记入日志后就提交（commit）了。同一个集群的任意两个多数派至少共享一台服务器，所以下一个多数派永远不会忘记已提交的写操作。',
      },
    },
    {
      target: { same: true },
      text: {
        en: 'Your turn: a network partition splits the servers into sides that cannot reach each other. Draw one so that no side can elect a leader. Count the running servers on each side; you may crash one first.',
        zh: '轮到你了：网络分区把服务器分成互相无法通信的几部分。画一个分区，使任何一边都无法选出 leader。数一数每边正在运行的服务器；你可以先让一台宕机。',
      },
      task: {
        kind: 'noQuorumPartition',
        prompt: {
          en: 'Partition the ensemble so that no side can elect a leader.',
          zh: '对集群进行分区，使任何一边都无法选出 leader。',
        },
      },
    },
    {
      target: { match: { k: 'action', do: 'crash', params: { sid: 2 } } },
      text: {
        en: 'Servers 1 and 2 have crashed. Three of five are still up.',
        zh: '服务器 1 和 2 已经崩溃。五台中还有三台在运行。',
      },
      highlight: { servers: [1, 2] },
      question: {
        kind: 'choice',
        prompt: {
          en: 'A client writes through server 3 at 3 s. Will the write be committed?',
          zh: '客户端在 3 秒时通过服务器 3 写入。这个写操作会被提交吗？',
        },
        options: [
          { value: 'yes', label: { en: 'Yes', zh: '会' } },
          { value: 'no', label: { en: 'No', zh: '不会' } },
        ],
        answer: { from: 'happens' },
        explain: {
          en: 'The commit rule: the leader commits a proposal when a quorum (more than half of the voters, here 3 of 5) has acknowledged it. Three servers are up, so a quorum can still ACK.',
          zh: '提交规则：当法定人数（超过一半的投票者，这里是 5 台中的 3 台）确认（ACK）了提议，leader 就提交它。还有三台在运行，所以法定人数仍然可以 ACK。',
        },
      },
    },
    {
      target: { match: { k: 'log', kind: 'commit' }, notBeforeMs: 3000 },
      text: {
        en: 'Committed: 3 of 5 is still a majority. Five servers survive two failures; three servers survive only one.',
        zh: '已提交：5 台中的 3 台仍是多数。五台服务器能承受两台故障；三台服务器只能承受一台。',
      },
      highlight: { servers: [3, 4, 5] },
    },
    {
      target: { match: { k: 'action', do: 'crash', params: { sid: 3 } } },
      text: {
        en: 'Now server 3 crashes too: only 4 and 5 are left, 2 of 5.',
        zh: '现在服务器 3 也崩溃了：只剩下 4 和 5，即 5 台中的 2 台。',
      },
      highlight: { servers: [4, 5] },
      question: {
        kind: 'choice',
        prompt: {
          en: 'A client writes through server 4 at 5 s. Will the write be committed?',
          zh: '客户端在 5 秒时通过服务器 4 写入。这个写操作会被提交吗？',
        },
        options: [
          { value: 'yes', label: { en: 'Yes', zh: '会' } },
          { value: 'no', label: { en: 'No', zh: '不会' } },
        ],
        answer: { from: 'happens' },
        explain: {
          en: 'Two of five is not a majority, so no leader can be elected and nothing can be committed. Writes stop; reads of old data may still be served. This is why an ensemble of 4 tolerates only 1 failure, like 3: a quorum of 4 is 3.',
          zh: '5 台中的 2 台不是多数，所以无法选出 leader，也无法提交任何东西。写操作停止；旧数据可能仍可读取。这也是为什么 4 台的集群和 3 台一样只能承受 1 台故障：4 台的法定人数是 3。',
        },
      },
    },
    {
      target: { match: { k: 'log', kind: 'commit' }, notBeforeMs: 5000 },
      text: {
        en: 'Nothing was committed after 5 s: servers 4 and 5 stay LOOKING, waiting for a majority.',
        zh: '5 秒之后没有任何提交：服务器 4 和 5 一直处于 LOOKING 状态，等待多数派。',
      },
      highlight: { servers: [4, 5] },
    },
    {
      target: { atMs: 9000 },
      text: {
        en: 'So: an ensemble of 2f + 1 servers survives f failures. Chapter 2 shows how the servers choose their leader.',
        zh: '所以：2f + 1 台服务器组成的集群能承受 f 台故障。第 2 章展示服务器如何选出 leader。',
      },
    },
  ],
};
