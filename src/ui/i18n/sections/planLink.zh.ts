/** Simplified Chinese strings of the Plan view's link and Advanced inputs (see planLink.en.ts). */
import type { planLinkEn } from './planLink.en';

export const planLinkZh: Record<keyof typeof planLinkEn, string> = {
  'plan.group.advanced': '高级：开销与带宽',
  'plan.advanced.show': '显示高级输入',
  'plan.advanced.hide': '隐藏高级输入',
  'plan.advanced.note':
    '按 ZooKeeper 论文的集群校准（docs/CAPACITY.md）。修改它们以描述更快或更慢的服务器、磁盘或网络。',
  'plan.input.readCostUs': '每次读的 CPU',
  'plan.input.clientWriteCostUs': '每次写的 CPU（客户端一侧）',
  'plan.input.prepCostUs': '每次写的 CPU（PrepRequestProcessor）',
  'plan.input.proposalSendCostUs': '每发一个 PROPOSAL 的 CPU',
  'plan.input.ackProcessCostUs': '每个 ACK 与 COMMIT 的 CPU',
  'plan.input.commitCostUs': '每次已提交写的 CPU',
  'plan.input.maxBatchSize': '组提交（maxBatchSize）',
  'plan.input.diskMBps': '事务日志磁盘带宽',
  'plan.input.linkMbps': '网络链路带宽',
  'plan.unit.us': '微秒',
  'plan.unit.txns': '个事务',
  'plan.unit.MBps': 'MB/秒',
  'plan.unit.Mbps': 'Mbit/秒',
  'plan.link.refused': '此链接未被应用，所有输入均为默认值：{reason}',
  'plan.link.tooLong': '它超过了 {maxChars} 个字符。',
  'plan.link.unknownInput': '“{name}”不是规划的输入。',
  'plan.link.repeatedInput': '“{name}”出现了两次。',
  'plan.link.notNumber': '{input} 是“{value}”，不是 {min} 到 {max} 之间的数。',
  'plan.link.notInteger': '{input} 是 {value}，不是 {min} 到 {max} 之间的整数。',
  'plan.link.outOfRange': '{input} 是 {value}，超出了 {min} 到 {max} 的范围。',
  'plan.link.dismiss': '关闭',
  'plan.link.copy': '复制链接',
  'plan.link.copied': '已复制此规划的链接。',
  'plan.link.copyFailed': '地址栏中就是此规划的链接，请从那里复制。',
};
