/**
 * ZooKeeper's path rules (org.apache.zookeeper.common.PathUtils.validatePath), ported so that a
 * scenario is refused up front for a path a real client library would reject before sending
 * anything. Returns why the path is invalid, or null when it is valid.
 */
export function zkPathProblem(path: string, sequential = false): string | null {
  const problem = zkPathProblemOf(path, sequential);
  return problem === null ? null : zkPathProblemText(problem);
}

/** Why a path is invalid, as data: `at` is the index of the offending character. */
export type ZkPathProblem =
  | { code: 'empty' }
  | { code: 'noLeadingSlash' }
  | { code: 'trailingSlash' }
  | { code: 'nullChar'; at: number }
  | { code: 'emptyName'; at: number }
  | { code: 'dotDot'; at: number }
  | { code: 'dot'; at: number }
  | { code: 'invalidChar'; char: string; at: number };

/** The English of a path problem (PathUtils.validatePath's reasons, shortened). */
export function zkPathProblemText(p: ZkPathProblem): string {
  switch (p.code) {
    case 'empty':
      return 'must not be empty';
    case 'noLeadingSlash':
      return "must start with '/'";
    case 'trailingSlash':
      return "must not end with '/'";
    case 'nullChar':
      return `null character at ${p.at}`;
    case 'emptyName':
      return `empty node name at ${p.at} ('//')`;
    case 'dotDot':
      return `relative path segment '..' at ${p.at}`;
    case 'dot':
      return `relative path segment '.' at ${p.at}`;
    case 'invalidChar':
      return `invalid character ${p.char} at ${p.at}`;
  }
}

/** Why the path is invalid, as data, or null when it is valid. */
export function zkPathProblemOf(path: string, sequential = false): ZkPathProblem | null {
  // PathUtils.validatePath(path, isSequential) appends "1" for sequential creates, so "/locks/"
  // is a valid prefix for a sequential node ("/locks/0000000001") but not a valid node path.
  const p = sequential ? path + '1' : path;
  if (p.length === 0) return { code: 'empty' };
  if (p[0] !== '/') return { code: 'noLeadingSlash' };
  if (p.length === 1) return null;
  if (p.endsWith('/')) return { code: 'trailingSlash' };
  for (let i = 1; i < p.length; i++) {
    const problem = charProblem(p, i);
    if (problem !== null) return problem;
  }
  return null;
}

function charProblem(p: string, i: number): ZkPathProblem | null {
  const c = p.charCodeAt(i);
  const last = p[i - 1];
  const endsSegment = i + 1 === p.length || p[i + 1] === '/';
  if (c === 0) return { code: 'nullChar', at: i };
  if (p[i] === '/' && last === '/') return { code: 'emptyName', at: i };
  if (p[i] === '.' && last === '.' && p[i - 2] === '/' && endsSegment) {
    return { code: 'dotDot', at: i - 1 };
  }
  if (p[i] === '.' && last === '/' && endsSegment) return { code: 'dot', at: i };
  const invalid =
    (c > 0x00 && c <= 0x1f) ||
    (c >= 0x7f && c <= 0x9f) ||
    (c >= 0xd800 && c <= 0xf8ff) ||
    (c >= 0xfff0 && c <= 0xffff);
  if (invalid)
    return {
      code: 'invalidChar',
      char: `U+${c.toString(16).toUpperCase().padStart(4, '0')}`,
      at: i,
    };
  return null;
}
