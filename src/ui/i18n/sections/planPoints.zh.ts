/** Simplified Chinese strings of the checked points (see planPoints.en.ts). */
import type { planPointsEn } from './planPoints.en';

export const planPointsZh: Record<keyof typeof planPointsEn, string> = {
  'plan.point.open':
    '在集群视图中打开：{voters} 个投票者，{observers} 个观察者，{read}% 读，提供负载 {ops} 操作/秒',
  'plan.point.openSaturated':
    '在集群视图中打开：{voters} 个投票者，{observers} 个观察者，{read}% 读，饱和，提供负载 {ops} 操作/秒',
  'plan.point.button': '打开',
  'plan.point.tooMany': '集群视图最多运行 {maxServers} 台服务器；此点有 {servers} 台。',
  'plan.point.tooManyNote':
    '超过 {maxServers} 台服务器的点无法打开：集群视图最多运行 {maxServers} 台。',
  'plan.point.table.title': '已检验的点',
  'plan.point.table.intro':
    '检验测量的每个点，与模型并列。打开某个点，即可在开启开销模型的集群视图中观看它运行；点击图上的对应标记也能打开。吞吐量点以模型的饱和速率打开。',
  'plan.point.col.chart': '图表',
  'plan.point.col.voters': '投票者',
  'plan.point.col.observers': '观察者',
  'plan.point.col.reads': '读比例',
  'plan.point.col.offered': '提供负载',
  'plan.point.col.measure': '指标',
  'plan.point.col.model': '模型',
  'plan.point.col.simulated': '模拟值（95% 区间）',
  'plan.point.col.open': '集群视图',
  'plan.point.chart.throughput': '吞吐量',
  'plan.point.chart.latency': '延迟',
  'plan.point.saturated': '饱和，{ops}',
  'plan.point.interval': '{mean}（{lo} 至 {hi}）',
  'plan.point.noSamples': '未测得',
  'plan.point.disagrees': '不一致',
};
