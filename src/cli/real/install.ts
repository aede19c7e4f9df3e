/**
 * Finds Debian's ZooKeeper and a Java runtime, installing them with apt-get when missing (as
 * root, or through `sudo -n` otherwise). When that is impossible it says so in one line with the
 * command to run, instead of failing later with a Java stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Installation {
  java: string;
  classpath: string;
  /** The Debian package version, e.g. `3.8.0-11+deb12u2`. */
  packageVersion: string;
  javaVersion: string;
}

const PACKAGES = ['zookeeper', 'default-jre-headless'];
const ZOOKEEPER_JAR = '/usr/share/java/zookeeper.jar';
/**
 * Debian's ZooKeeper 3.8 logs through SLF4J 1.7 bound to log4j 1.2 (the package ships
 * /etc/zookeeper/conf/log4j.properties, not logback), so the binding and log4j are added here.
 */
const LOGGING_JARS = ['/usr/share/java/slf4j-log4j12.jar', '/usr/share/java/log4j-1.2.jar'];

export class InstallError extends Error {}

function javaPath(): string | null {
  const r = spawnSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' });
  const path = r.stdout.trim();
  return r.status === 0 && path !== '' ? path : null;
}

function missing(): string[] {
  const out: string[] = [];
  if (!existsSync(ZOOKEEPER_JAR) || LOGGING_JARS.some((j) => !existsSync(j))) out.push('zookeeper');
  if (javaPath() === null) out.push('default-jre-headless');
  return out;
}

function aptGet(args: string[], log: (line: string) => void): void {
  const root = process.getuid?.() === 0;
  const command = root ? 'apt-get' : 'sudo';
  const argv = root ? args : ['-n', 'apt-get', ...args];
  log(`real: ${root ? '' : 'sudo '}apt-get ${args.join(' ')}`);
  const r = spawnSync(command, argv, {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.error || r.status !== 0) {
    const why = r.error
      ? r.error.message
      : (r.stderr.trim().split('\n').pop() ?? `status ${r.status}`);
    throw new InstallError(
      `cannot install ${PACKAGES.join(' and ')} (${why}); run as root: apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`,
    );
  }
}

export function ensureInstalled(log: (line: string) => void): Installation {
  if (missing().length > 0) {
    const install = ['install', '-y', '--no-install-recommends', ...PACKAGES];
    try {
      aptGet(install, log);
    } catch {
      // The package lists may be missing or stale (a fresh container): update once, then retry.
      aptGet(['update'], log);
      aptGet(install, log);
    }
  }
  const still = missing();
  if (still.length > 0) throw new InstallError(`still missing after apt-get: ${still.join(', ')}`);
  const java = javaPath()!;
  const version = spawnSync('dpkg-query', ['-W', '-f=${Version}', 'zookeeper'], {
    encoding: 'utf8',
  });
  const javaVersion = spawnSync(java, ['-version'], { encoding: 'utf8' });
  return {
    java,
    classpath: [ZOOKEEPER_JAR, ...LOGGING_JARS].join(':'),
    packageVersion: version.status === 0 ? version.stdout.trim() : 'unknown',
    javaVersion: /version "([^"]+)"/.exec(javaVersion.stderr)?.[1] ?? 'unknown',
  };
}
