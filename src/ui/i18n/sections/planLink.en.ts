/**
 * English strings of the Plan view's link (a plan shared by URL) and of its Advanced inputs (the
 * cost model's CPU costs and bandwidths). Spread into `en`.
 */
export const planLinkEn = {
  'plan.group.advanced': 'Advanced: costs and bandwidths',
  'plan.advanced.show': 'Show the advanced inputs',
  'plan.advanced.hide': 'Hide the advanced inputs',
  'plan.advanced.note':
    "Calibrated against the ZooKeeper paper's cluster (docs/CAPACITY.md). Change them to describe faster or slower servers, disks or networks.",
  'plan.input.readCostUs': 'CPU per read',
  'plan.input.clientWriteCostUs': 'CPU per write, client side',
  'plan.input.prepCostUs': 'CPU per write, PrepRequestProcessor',
  'plan.input.proposalSendCostUs': 'CPU per PROPOSAL sent',
  'plan.input.ackProcessCostUs': 'CPU per ACK and COMMIT',
  'plan.input.commitCostUs': 'CPU per committed write',
  'plan.input.maxBatchSize': 'Group commit (maxBatchSize)',
  'plan.input.diskMBps': 'Txn-log disk bandwidth',
  'plan.input.linkMbps': 'Network link bandwidth',
  'plan.unit.us': 'µs',
  'plan.unit.txns': 'txns',
  'plan.unit.MBps': 'MB/s',
  'plan.unit.Mbps': 'Mbit/s',
  'plan.link.refused': 'This link was not applied, and every input is at its default: {reason}',
  'plan.link.tooLong': 'it is longer than {maxChars} characters.',
  'plan.link.unknownInput': '“{name}” is not an input of the plan.',
  'plan.link.repeatedInput': '“{name}” is given twice.',
  'plan.link.notNumber': '{input} is “{value}”, not a number from {min} to {max}.',
  'plan.link.notInteger': '{input} is {value}, not a whole number from {min} to {max}.',
  'plan.link.outOfRange': '{input} is {value}, outside the bounds {min} to {max}.',
  'plan.link.dismiss': 'Dismiss',
  'plan.link.copy': 'Copy link',
  'plan.link.copied': 'Link to this plan copied.',
  'plan.link.copyFailed': 'The address bar holds the link to this plan; copy it from there.',
} as const;
