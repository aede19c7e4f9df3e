/**
 * ZooKeeper's path rules (org.apache.zookeeper.common.PathUtils.validatePath), ported so that a
 * scenario is refused up front for a path a real client library would reject before sending
 * anything. Returns why the path is invalid, or null when it is valid.
 */
export function zkPathProblem(path: string, sequential = false): string | null {
  // PathUtils.validatePath(path, isSequential) appends "1" for sequential creates, so "/locks/"
  // is a valid prefix for a sequential node ("/locks/0000000001") but not a valid node path.
  const p = sequential ? path + '1' : path;
  if (p.length === 0) return 'must not be empty';
  if (p[0] !== '/') return "must start with '/'";
  if (p.length === 1) return null;
  if (p.endsWith('/')) return "must not end with '/'";
  for (let i = 1; i < p.length; i++) {
    const problem = charProblem(p, i);
    if (problem !== null) return problem;
  }
  return null;
}

function charProblem(p: string, i: number): string | null {
  const c = p.charCodeAt(i);
  const last = p[i - 1];
  const endsSegment = i + 1 === p.length || p[i + 1] === '/';
  if (c === 0) return `null character at ${i}`;
  if (p[i] === '/' && last === '/') return `empty node name at ${i} ('//')`;
  if (p[i] === '.' && last === '.' && p[i - 2] === '/' && endsSegment) {
    return `relative path segment '..' at ${i - 1}`;
  }
  if (p[i] === '.' && last === '/' && endsSegment) return `relative path segment '.' at ${i}`;
  const invalid =
    (c > 0x00 && c <= 0x1f) ||
    (c >= 0x7f && c <= 0x9f) ||
    (c >= 0xd800 && c <= 0xf8ff) ||
    (c >= 0xfff0 && c <= 0xffff);
  if (invalid)
    return `invalid character U+${c.toString(16).toUpperCase().padStart(4, '0')} at ${i}`;
  return null;
}
