/** 简体中文：场景字段之外的拒绝理由（见 whyInput.en.ts）。 */
import type { whyInputEn } from './whyInput.en';

export const whyInputZh: Record<keyof typeof whyInputEn, string> = {
  'why.scope.costModel': '（成本模型）',
  'why.scope.costSection': '（cost 部分）',
  'why.tooLarge': 'JSON 超过 {max} 个字符（可接受的最大场景）',
  'why.jsonEmpty': 'JSON 格式错误：输入为空',
  'why.jsonSyntax': 'JSON 格式错误：{detail}',
  'why.jsonSyntax.at': 'JSON 格式错误（第 {line} 行，第 {column} 列）：{detail}',
  'why.commandsNotList': '应为一个列表',
  'why.commandShape': '应为包含 atEvent 和 action 的对象',
  'why.commandAtEvent': '应为事件序号（≥ 0 的整数）',
  'why.commandOrder': '{atEvent} 早于上一条命令的 {previous}',
  'why.commandAction':
    '应为 crash、restart、freeze、unfreeze（带数字 sid）、partition、heal、write、drop-message、delay-message、{balancer}、{client} 之一',
  'why.noBalancer': '此场景没有负载均衡器',
  'why.atEvent': '应为事件序号',
  'why.runEnds': '运行在第 {at} 个事件处结束',
  'why.messageGone.no-such-message': '还没有发送过这个编号的消息（消息 #{message}）',
  'why.messageGone.not-in-flight': '这条消息已被送达或丢弃（消息 #{message}）',
  'why.messageGone.loopback': '服务器发给自己的消息不经过网络（消息 #{message}）',
  'why.costParam.int': '应为 {min} 到 {max} 之间的整数（{unit}），实际为 {got}',
  'why.costParam.number': '应为 {min} 到 {max} 之间的数（{unit}），实际为 {got}',
  'why.unit.txns': '个事务',
  'why.unit.bytes': '字节',
  'why.unit.requests': '个请求',
  'why.unit.sessions': '个会话',
  'why.unit.ticks': '个 tick',
  'why.unit.share': '比例',
  'why.beforeWorkloadStart': '{measureFromMs} 早于负载开始的时间（startAtMs {startAtMs}）',
};
