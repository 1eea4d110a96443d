import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { RIVERSIDE, VeraWorld } from './vera-test-app';

const CHROMIUM = '/usr/bin/chromium';
/** Git-ignored; CI keeps the folder as an artefact. */
export const SCREENSHOTS = join(__dirname, 'screenshots');
/** WCAG 2.2 AA, as axe names its rule tags. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is required at ${CHROMIUM} for the browser tests: install it with "apt-get install -y chromium" (CI's .ci/run does).`,
    );
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
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

export const heading = (page: Page) => page.locator('h1').innerText();

/**
 * What every page and state must pass: axe's WCAG 2.2 AA rules with no violation, and no horizontal
 * scrolling; the screenshot is kept for review.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
  expect({ page: name, violations }).toEqual({ page: name, violations: [] });
  expect({ page: name, horizontalOverflow: await horizontalOverflow(page) }).toEqual({
    page: name,
    horizontalOverflow: 0,
  });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** How many pixels the page is wider than the window (0: nothing to scroll sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  // A string runs in the page (this project compiles without DOM types).
  return page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
}

/** A staff member's browser, signed in through a one-time link the MIS asked for. */
export async function signIn(
  world: VeraWorld,
  context: BrowserContext,
  ukprn: string = RIVERSIDE.ukprn,
): Promise<Page> {
  const link = await world.api.post('/api/page-sessions', {
    headers: { authorization: `Bearer ${world.misToken}` },
    body: { ukprn, username: 'j.smith' },
  });
  expect(link.status).toBe(201);
  const page = await context.newPage();
  const response = await page.goto(link.body.signInUrl);
  expect(response?.status()).toBe(200);
  return page;
}

/** Back after a POST: the page before the form's answer, fetched again by GET, never "Confirm form resubmission". */
export async function expectBackTo(page: Page, path: string, expectedHeading: string): Promise<void> {
  const response = await page.goBack();
  expect(response?.request().method()).toBe('GET');
  expect(new URL(page.url()).pathname).toBe(path);
  expect(await heading(page)).toBe(expectedHeading);
}

/** The learner answers in the stub's Education Record app simulator. */
export async function answerInLearnerApp(
  world: VeraWorld,
  context: BrowserContext,
  correlationId: string,
  answer: { uln?: string; code?: string } | 'decline',
): Promise<void> {
  const simulator = await context.newPage();
  await simulator.goto(`${world.stubs.url}/vera/learner-app/requests/${correlationId}`);
  if (answer === 'decline') {
    await simulator.getByRole('button', { name: 'Do not share' }).click();
    expect(await simulator.locator('#outcome').innerText()).toBe('You have declined.');
  } else {
    if (answer.uln) await simulator.selectOption('#uln', answer.uln);
    if (answer.code) await simulator.getByLabel('Enter the code shown by the provider').fill(answer.code);
    await simulator.getByRole('button', { name: 'Share my record' }).click();
    expect(await simulator.locator('#outcome').innerText()).toBe('You have shared your record.');
  }
  await simulator.close();
}
