/** Simplified Chinese strings of "Open in the ensemble view" (see planOpen.en.ts). */
import type { planOpenEn } from './planOpen.en';

export const planOpenZh: Record<keyof typeof planOpenEn, string> = {
  'plan.open.title': '看它运行',
  'plan.open.intro':
    '在集群视图中打开此配置：{voters} 个投票者和 {observers} 个观察者在开启开销模型的情况下运行 ZAB，客户端按规划的请求速率发送请求（超过拐点后，来不及发送的请求在客户端排队），读比例 {readPercent}%，共运行 {untilMs} 毫秒模拟时间。最后 {measureMs} 毫秒的数据见运行报告（npm run sim 打印同样的报告）。',
  'plan.open.button': '在集群视图中打开',
  'plan.open.tooMany':
    '集群视图最多运行 {maxServers} 台服务器；此配置有 {servers} 台。减少投票者或观察者后即可打开。',
  'plan.open.runTitle': '规划：{voters} 个投票者，{observers} 个观察者，{readPercent}% 读',
};
