/** Simplified Chinese strings of the Plan view's "Check by simulation" (see planCheck.en.ts). */
import type { planCheckEn } from './planCheck.en';

export const planCheckZh: Record<keyof typeof planCheckEn, string> = {
  'plan.check.title': '用模拟验证',
  'plan.check.intro':
    '在下面这些点上运行确定性模拟器，每个点用多个种子，分摊到每个 CPU 核一个的 worker 上。每个点画在曲线上方：取各种子的均值及其 95% 置信区间（均值 ± t × s / √n，自由度为 n − 1 的学生 t 分布）。',
  'plan.check.seeds': '每个点的种子数',
  'plan.check.lines': '吞吐量图：要测量的曲线',
  'plan.check.line': '{voters} 个投票者',
  'plan.check.readSteps': '每条曲线的读占比取点数',
  'plan.check.loadSteps': '延迟图上的负载取点数',
  'plan.check.measureMs': '每次运行的模拟时长',
  'plan.check.bounds': '{min} 到 {max}',
  'plan.check.readStepsBounds': '0，或 2 到 {max}',
  'plan.check.notInteger': '{field}：请输入 {min} 到 {max} 之间的整数。',
  'plan.check.outOfRange': '{field}：超出范围，请输入 {min} 到 {max} 之间的值。',
  'plan.check.readStepsOne': '{field}：请输入 0（不测）或 2 到 {max}；一个点连不成曲线。',
  'plan.check.runs': '{points} 个点 × {seeds} 个种子 = {runs} 次运行，最多用 {workers} 个 worker。',
  'plan.check.nothing': '请选择一条曲线或一些负载点再验证。',
  'plan.check.start': '用模拟验证',
  'plan.check.cancel': '取消',
  'plan.check.progress': '模拟进度',
  'plan.check.running':
    '已完成 {finished} / {total} 次运行，使用 {workers} 个 worker（{percent}）。',
  'plan.check.cancelled':
    '已在完成 {finished} / {total} 次运行后取消。不完整的验证不会画出任何结果。',
  'plan.check.changed': '规划或验证设置已改变，验证在完成 {finished} / {total} 次运行后停止。',
  'plan.check.failed': '验证在 {where}（种子 {seed}）处失败：{message}',
  'plan.check.failedNoRun': '验证失败：{message}',
  'plan.check.stale':
    '上次验证之后，规划或验证设置已改变：那次的结果不再画出。请针对当前规划重新验证。',
  'plan.check.done':
    '共 {runs} 次运行（每个点 {seeds} 个种子），使用 {workers} 个 worker。测量结果已画在图上。',
  'plan.check.figure': '图上有 {points} 个点的模拟测量值及 95% 置信区间。',
  'plan.check.legend': '● 模拟值：各种子的均值与 95% 置信区间',
  'plan.check.disagree.title': '模拟与模型不一致之处（{count}）',
  'plan.check.disagree.none':
    '没有：在验证的每个点上，模型值都落在模拟的 95% 置信区间内，或与模拟均值相差不超过 {tolerance}。',
  'plan.check.disagree.rule':
    '当模型值落在 95% 置信区间之外、且与均值相差超过 {tolerance} 时，判为不一致。',
  'plan.check.d.above': '{where}：{metric} 模拟值为 {sim}，比模型的 {model} 高 {share}。',
  'plan.check.d.below': '{where}：{metric} 模拟值为 {sim}，比模型的 {model} 低 {share}。',
  'plan.check.d.noSamples':
    '{where}：有的种子在测量时段内没有完成这类请求，因此没有测到 {metric}（模型值为 {model}）。',
  'plan.check.where.throughput': '{voters} 个投票者、读占 {read}%、饱和负载',
  'plan.check.where.latency': '提供 {ops} 操作/秒（{voters} 个投票者，读占 {read}%）',
  'plan.check.metric.throughput': '吞吐量',
  'plan.check.metric.write.p50': '写 p50',
  'plan.check.metric.write.p99': '写 p99',
  'plan.check.metric.read.p50': '读 p50',
  'plan.check.metric.read.p99': '读 p99',
  'plan.check.ops': '{ops} 操作/秒',
  'plan.check.openLater':
    '检验完成后，每个测量过的点都可以在集群视图中打开：从已检验的点的表格中，或点击图上的对应标记；下方的“在集群视图中打开”打开规划本身的点。',
};
