/**
 * Test kit for the synchronous command-line tools (`npm run logs`, `npm run plan`): runs a tool's
 * `main` with its real file access but captured output, and checks the refusal contract every
 * tool keeps (exit 2, nothing on stdout, exactly one line on stderr).
 */
import { expect } from 'vitest';

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** A runner for `main(argv, io)` whose output is captured instead of printed. */
export function cliRunner<T extends Io>(
  main: (argv: string[], io: T) => number,
  realIo: () => T,
): (...argv: string[]) => CliRun {
  return (...argv) => {
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      ...realIo(),
      stdout: (t: string) => void out.push(t),
      stderr: (t: string) => void err.push(t),
    };
    const code = main(argv, io);
    return { code, out: out.join(''), err: err.join('') };
  };
}

/** The one-line refusal of an unusable input (exit `unusableCode`), as its text. */
export function refusal(r: CliRun, unusableCode: number): string {
  expect(r.code).toBe(unusableCode);
  expect(r.out).toBe('');
  expect(r.err.endsWith('\n')).toBe(true);
  expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  return r.err.trimEnd();
}
