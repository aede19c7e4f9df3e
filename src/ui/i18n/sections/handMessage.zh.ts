/** 手动处理单条消息（issue 16 第 4 部分）的中文文本。 */
import type { handMessageEn } from './handMessage.en';

export const handMessageZh: Record<keyof typeof handMessageEn, string> = {
  'why.drop.byHand': '被手动丢弃',
  'ex.dropMessage':
    '从 S{from} 发往 S{to} 的 {kind} 被手动丢弃。在 TCP 上丢失一条消息会使其连接断开：两端都会重新连接。',
  'ex.dropNotification':
    '从 S{from} 发往 S{to} 的 Notification 被手动丢弃。S{from} 会在通知退避之后再次发送它的投票。',
  'ex.delayMessage':
    '从 S{from} 发往 S{to} 的 {kind} 被多扣留 {byMs} 毫秒，直到 {atMs}；该链路上之后的消息排在它后面（TCP 保持顺序）。',
  'ex.handNoop': '消息 #{id} 已不在传输中：没有丢弃或延迟任何消息。',
  'msg.name': '从 S{from} 发往 S{to} 的 {kind}',
  'msg.nameZxid': '从 S{from} 发往 S{to} 的 {kind} {zxid}',
  'msg.inFlight': '传输中的消息',
  'msg.drop': '丢弃',
  'msg.delay': '延迟',
  'msg.delayBy': '延迟时长（毫秒）',
  'msg.delayBound': '1 到 60000 之间的整数毫秒。',
  'msg.close': '关闭',
  'msg.dropHint':
    'ZooKeeper 通过 TCP 通信：丢失一条消息会断开它所在的连接，两端会重新连接并再次同步。',
  'msg.dropHintElection':
    '丢失一条 Notification：发送者会在退避（timer.notification）之后再次发送它的投票。',
  'msg.delayHint': '该链路上之后的消息会排在它后面：TCP 按顺序交付。',
  'msg.arrives': '发送于 {sent} 秒，预计 {at} 秒到达。',
  'msg.gone': '这条消息已不在传输中。',
};
