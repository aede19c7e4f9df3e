/**
 * The one home of ZooKeeper's CreateMode names as scenarios write them (issue 14: one definition
 * per vocabulary): "sequential" is PERSISTENT_SEQUENTIAL. The data tree, the client's messages and
 * the scenario format and its validator read this list. This file imports nothing.
 */
export const CREATE_MODES = [
  'persistent',
  'ephemeral',
  'sequential',
  'ephemeral-sequential',
] as const;
export type CreateMode = (typeof CREATE_MODES)[number];
