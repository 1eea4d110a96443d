import { existsSync } from 'node:fs';
import { Browser, chromium } from 'playwright-core';

/** Debian's Chromium: tests use the machine's browser, never one downloaded at install time. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Headless Chromium for page tests. The flags keep it off the network (this machine's network is
 * closed, and a browser that keeps trying makes tests slow and noisy).
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is required at ${CHROMIUM} for the browser tests: install it with "apt-get install -y chromium" (CI's .ci/run does).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
