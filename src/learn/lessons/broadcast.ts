/** Chapter 4: atomic broadcast: PROPOSAL, ACK, COMMIT, and a write across a leader crash. */
import type { Lesson } from '../lesson';
import { presetScenario } from './presetScenario';

export const broadcast: Lesson = {
  id: 'broadcast',
  chapter: 4,
  title: { en: 'Atomic broadcast', zh: '原子广播' },
  scenario: presetScenario('failed-write-committed'),
  steps: [
    {
      target: { match: { k: 'action', do: 'write' } },
      text: {
        en: 'A client writes through server 1, a follower. The follower forwards the REQUEST to the leader, server 3.',
        zh: '客户端通过 follower 服务器 1 写入。follower 把 REQUEST 转发给 leader 服务器 3。',
      },
      highlight: { servers: [1], leader: true },
    },
    {
      target: { match: { k: 'log', kind: 'propose' } },
      text: {
        en: 'The leader gives the write the next zxid and sends a PROPOSAL to every follower, in zxid order over FIFO connections.',
        zh: 'leader 为写操作分配下一个 zxid，并通过 FIFO 连接按 zxid 顺序向每个 follower 发送 PROPOSAL。',
      },
      highlight: { leader: true, messages: ['PROPOSAL', 'ACK'] },
    },
    {
      target: { match: { k: 'log', kind: 'commit' } },
      text: {
        en: 'Each follower logs the proposal and answers ACK. With a quorum of ACKs (2 of 3, the leader included) the leader sends COMMIT, and every server applies the write in zxid order.',
        zh: '每个 follower 把提议记入日志并回复 ACK。收到法定人数的 ACK（3 台中的 2 台，包括 leader）后，leader 发送 COMMIT，每台服务器按 zxid 顺序应用这个写操作。',
      },
      highlight: { leader: true, messages: ['COMMIT'] },
    },
    {
      target: { match: { k: 'log', kind: 'propose', params: { path: '/w' } } },
      text: {
        en: 'Now a write W. The link from 3 to 1 is slow, so only server 2 will receive the PROPOSAL in time.',
        zh: '现在是写操作 W。从 3 到 1 的链路很慢，所以只有服务器 2 能及时收到 PROPOSAL。',
      },
      highlight: { servers: [2, 3] },
    },
    {
      target: { match: { k: 'action', do: 'crash' } },
      text: {
        en: 'Server 2 logged W and sent its ACK, but the leader crashed before the ACK arrived. W was never committed, and the client sees ConnectionLoss.',
        zh: '服务器 2 记录了 W 并发送了 ACK，但 leader 在 ACK 到达前崩溃了。W 从未被提交，客户端看到 ConnectionLoss。',
      },
      highlight: { servers: [2] },
      question: {
        kind: 'server',
        prompt: {
          en: 'Servers 1 and 2 hold an election. Which one will lead?',
          zh: '服务器 1 和 2 进行选举。哪一台会成为 leader？',
        },
        answer: { from: 'param', name: 'leader' },
        explain: {
          en: 'Vote order (peerEpoch, zxid, sid): both were in epoch 1, but server 2 has the higher zxid, because it logged W.',
          zh: '选票顺序 (peerEpoch, zxid, sid)：两者都在 epoch 1，但服务器 2 的 zxid 更高，因为它记录了 W。',
        },
      },
    },
    {
      target: { match: { k: 'log', kind: 'elected', params: { state: 'LEADING' } } },
      text: {
        en: 'The new leader has W in its log.',
        zh: '新 leader 的日志中有 W。',
      },
      highlight: { leader: true },
      question: {
        kind: 'choice',
        prompt: {
          en: 'Will server 1 receive W in the synchronization?',
          zh: '服务器 1 会在同步中收到 W 吗？',
        },
        options: [
          { value: 'yes', label: { en: 'Yes, W survives', zh: '会，W 保留下来' } },
          { value: 'no', label: { en: 'No, W is lost', zh: '不会，W 丢失了' } },
        ],
        answer: { from: 'happens' },
        explain: {
          en: 'A new leader commits everything in its log before it proposes anything new. W "failed" for the client, yet it is committed: ConnectionLoss means the outcome is unknown.',
          zh: '新 leader 在提出任何新提议之前，先提交它日志中的一切。对客户端来说 W“失败”了，但它仍被提交：ConnectionLoss 意味着结果未知。',
        },
      },
    },
    {
      target: { match: { k: 'log', kind: 'diff', sid: 1, params: { zxid: '0x100000003' } } },
      text: {
        en: 'Server 1 receives W in a DIFF. Both servers now apply it.',
        zh: '服务器 1 在 DIFF 中收到 W。两台服务器现在都应用了它。',
      },
      highlight: { servers: [1, 2], zxid: '0x100000003' },
    },
    {
      // Once server 1 is in broadcast, W is delivered everywhere it is held: the task starts from
      // a run with no write pending (the check would otherwise see the old leader's W).
      target: { match: { k: 'state', sid: 1, state: 'FOLLOWING', phase: 'broadcast' } },
      text: {
        en: 'Your turn: make a write that is logged but never committed. One way: choose the leader in Write via and send a write; press Step until its PROPOSAL to server 1 is in flight, click it and Drop it; then crash the leader, or ZAB recovers and commits the write. Another way: partition the leader alone (Partition…), then write through it.',
        zh: '轮到你了：制造一个被记录但永远不会被提交的写操作。一种做法：在“写入经由”中选择 leader 并发送写操作；按“单步”直到它发给服务器 1 的 PROPOSAL 正在传输，点击它并选择“丢弃”；然后让 leader 崩溃，否则 ZAB 会恢复并提交这个写操作。另一种做法：把 leader 单独分区（“网络分区…”），然后通过它写入。',
      },
      task: {
        kind: 'uncommittedWrite',
        prompt: {
          en: 'Make a write that is logged but never committed.',
          zh: '制造一个被记录但永远不会被提交的写操作。',
        },
      },
    },
  ],
};
