// Installing a Debian package when a browser is missing: as root, or with passwordless sudo.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Whether this is a Debian machine, where a missing browser can be installed with apt-get. */
export function isDebian() {
  return existsSync('/etc/debian_version');
}

/** Installs one Debian package quietly; throws naming the command that failed. */
export function aptInstall(pkg) {
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const run = (args) => {
    const [cmd, ...rest] = [...sudo, ...args];
    const result = spawnSync(cmd, rest, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${result.status})`);
  };
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', pkg]);
}
