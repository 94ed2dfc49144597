// Finds the real browsers the tests and the demo use: CHROMIUM_PATH / FIREFOX_PATH, else Debian's
// packages. When one is missing it is installed with apt-get if we are root on Debian; otherwise
// we stop with the exact command to run (test tools' own browser downloads cannot work here).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const BROWSERS = {
  chromium: { env: 'CHROMIUM_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'], pkg: 'chromium' },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], pkg: 'firefox-esr' },
};

function isDebian() {
  try {
    return /debian|ubuntu/i.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

function find(name) {
  const spec = BROWSERS[name];
  const fromEnv = process.env[spec.env];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${spec.env} is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return spec.paths.find((p) => existsSync(p)) ?? null;
}

/** Paths of the requested browsers, installing missing ones when that is possible. */
export function ensureBrowsers(names = ['chromium', 'firefox']) {
  const missing = names.filter((n) => !find(n));
  if (missing.length) {
    const pkgs = missing.map((n) => BROWSERS[n].pkg);
    const command = `sudo apt-get update && sudo apt-get install -y ${pkgs.join(' ')}`;
    if (process.getuid?.() === 0 && isDebian()) {
      console.error(`Installing ${pkgs.join(' and ')} with apt-get (not found on this machine)…`);
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', ...pkgs], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } else {
      console.error(`CalmReply's tests need ${pkgs.join(' and ')}. Install with:\n  ${command}\n` +
        `or point ${missing.map((n) => BROWSERS[n].env).join(' / ')} at an existing browser.`);
      process.exit(2);
    }
  }
  return Object.fromEntries(names.map((n) => [n, find(n)]));
}
