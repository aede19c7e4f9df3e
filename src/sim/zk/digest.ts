/**
 * A digest of a data tree, modelled on ZooKeeper's own (DigestCalculator and DataTree's AdHash
 * digest, 3.6+): each znode hashes to the CRC-32 of its path, data and stat, and the tree's digest
 * is the sum of its znodes' hashes modulo 2^64. A sum does not depend on iteration order, so equal
 * trees give equal digests on every machine, and ZooKeeper can update it per change (here it is
 * simply recomputed). Like ZooKeeper's, it covers the znodes only: not the session table, not
 * lastProcessedZxid, not the watches. Integer arithmetic only; no crypto module.
 */
import { crc32 } from '../lb/crc32';
import { formatZxid } from '../zab/zxid';
import type { DataTree, ZNode } from './dataTree';

const TWO_32 = 0x1_0000_0000;

/**
 * CRC-32 of a canonical text of the znode. The data is length-prefixed, so no choice of data can
 * imitate another node's fields; the path cannot contain NUL (PathUtils.validatePath).
 */
export function nodeDigest(path: string, node: ZNode): number {
  const stat = [
    formatZxid(node.czxid),
    formatZxid(node.mzxid),
    formatZxid(node.pzxid),
    node.version,
    node.internalCversion,
    0 /* aversion */,
    node.ephemeralOwner,
  ].join(' ');
  return crc32(`${path}\u0000${node.data.length}:${node.data}\u0000${stat}`);
}

/** The tree's digest as 16 lowercase hex digits (the sum of nodeDigest modulo 2^64). */
export function treeDigest(tree: DataTree): string {
  let lo = 0;
  let hi = 0;
  for (const path of Object.keys(tree.nodes)) {
    lo += nodeDigest(path, tree.nodes[path] as ZNode);
    if (lo >= TWO_32) {
      lo -= TWO_32;
      hi = (hi + 1) % TWO_32;
    }
  }
  return hex8(hi) + hex8(lo);
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}
