// The browser tests (test/consumers/) drive Debian's Chromium at /usr/bin/chromium with
// playwright-core instead of downloading a browser. `npm test` runs this first: when Chromium
// is missing it installs Debian's package if it can (root with apt-get, as in CI), and
// otherwise says what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium'; // also in test/consumers/helpers/chromium.ts

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.error(`The browser tests need Chromium at ${CHROMIUM}. On Debian: sudo apt-get install -y chromium`);
    process.exit(1);
  }
  console.log(`${CHROMIUM} is missing: installing Debian's chromium package for the browser tests.`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
}
