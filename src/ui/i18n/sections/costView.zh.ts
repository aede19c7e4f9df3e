/** Simplified Chinese strings of the "Cost model" box (see costView.en.ts). */
import type { costViewEn } from './costView.en';

export const costViewZh: Record<keyof typeof costViewEn, string> = {
  'cost.title': '开销模型',
  'cost.window': '已测量：从 {fromMs} 毫秒起共 {windowMs} 毫秒。',
  'cost.notYet': '测量从 {fromMs} 毫秒开始（预热之后）；目前尚未测量。',
  'cost.reads': '读',
  'cost.writes': '写',
  'cost.rate': '{rate} 次/秒',
  'cost.writeLatency': '写延迟 p50 / p99',
  'cost.latency': '{p50} / {p99} 毫秒',
  'cost.noLatency': '尚无完成的写',
  'cost.failed': '重发的请求',
  'cost.serversCaption': '各服务器资源在目前测量窗口内的利用率',
  'cost.server': '服务器',
  'cost.state': '状态',
  'cost.resource.cpu': 'CPU',
  'cost.resource.nic': '网络链路',
  'cost.resource.disk': '日志磁盘',
  'cost.percent': '{percent}%',
  'cost.bottleneck': '瓶颈：S{sid} 的{resource}，窗口内忙碌 {percent}%。',
  'cost.noBottleneck': '瓶颈：暂无（窗口内没有忙碌的资源）。',
};
