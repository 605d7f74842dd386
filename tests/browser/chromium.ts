import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium binary, installed by .ci/run (apt-get install chromium). */
export const CHROMIUM = '/usr/bin/chromium';
/** Whether browser tests can run here; in CI they must. */
export const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run must install Debian's chromium`);
if (!hasChromium) console.warn(`Skipping browser tests: ${CHROMIUM} not found (apt-get install chromium).`);

/** Headless Chromium with the flags this closed network needs; Playwright gives each launch a fresh temporary profile. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}
