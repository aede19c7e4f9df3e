/**
 * Structural checks of one data tree, for tests and for the checker (ZAB.md 7.2 item 16):
 * parent and child links agree, ephemerals have no children, the ephemerals index matches the
 * znodes' owners, the client-visible cversion is 2 * internalCversion - numChildren, and after a
 * closeSession no znode is owned by the closed session. Each returns problems as sentences; an
 * empty list means the tree is sound.
 */
import { compareZxid } from '../zab/zxid';
import { childName, joinPath, parentOf, type DataTree, type ZNode } from './dataTree';
import { NO_SESSION, type SessionId } from './sessionId';
import { byCodeUnit } from './watches';

export function treeProblems(tree: DataTree): string[] {
  const problems: string[] = [];
  if (tree.nodes['/'] === undefined) problems.push('the root "/" is missing');
  const owned: Record<SessionId, string[]> = {};
  for (const path of Object.keys(tree.nodes).sort(byCodeUnit)) {
    const node = tree.nodes[path] as ZNode;
    problems.push(...nodeProblems(tree, path, node));
    if (node.ephemeralOwner !== NO_SESSION) (owned[node.ephemeralOwner] ??= []).push(path);
  }
  const owners = new Set([...Object.keys(owned), ...Object.keys(tree.ephemerals)]);
  for (const owner of [...owners].sort(byCodeUnit)) {
    const want = (owned[owner] ?? []).join(',');
    const have = (tree.ephemerals[owner] ?? []).join(',');
    if (want !== have)
      problems.push(`ephemerals index of ${owner} is [${have}] but the owned znodes are [${want}]`);
  }
  return problems;
}

function nodeProblems(tree: DataTree, path: string, node: ZNode): string[] {
  const problems: string[] = [];
  const parent = parentOf(path);
  if (parent !== undefined && !(tree.nodes[parent]?.children ?? []).includes(childName(path))) {
    problems.push(`${path} is not listed among the children of ${parent}`);
  }
  for (const child of node.children) {
    if (tree.nodes[joinPath(path, child)] === undefined)
      problems.push(`${path} lists a missing child ${child}`);
  }
  if (node.ephemeralOwner !== NO_SESSION && node.children.length > 0) {
    problems.push(`ephemeral ${path} has children ${node.children.join(', ')}`);
  }
  if (node.cversion !== 2 * node.internalCversion - node.children.length) {
    problems.push(
      `${path}: cversion ${node.cversion} != 2 * ${node.internalCversion} - ${node.children.length}`,
    );
  }
  if (node.internalCversion < node.children.length) {
    problems.push(
      `${path}: ${node.children.length} children but only ${node.internalCversion} ever created`,
    );
  }
  if (compareZxid(node.mzxid, node.czxid) < 0 || compareZxid(node.pzxid, node.czxid) < 0) {
    problems.push(`${path}: mzxid or pzxid before czxid`);
  }
  const sorted = node.children.slice().sort(byCodeUnit);
  if (sorted.join('/') !== node.children.join('/'))
    problems.push(`${path}: children are not sorted`);
  return problems;
}

/**
 * The znodes session s owns, in code-unit order: after closeSession(s) is applied there must be
 * none (ZAB.md 7.2 item 16).
 */
export function ephemeralsOwnedBy(tree: DataTree, sessionId: SessionId): string[] {
  return Object.keys(tree.nodes)
    .filter((p) => tree.nodes[p]?.ephemeralOwner === sessionId)
    .sort(byCodeUnit);
}
