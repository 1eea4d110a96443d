import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { RIVERSIDE, SAM, startVeraWorld, VeraWorld } from './vera-test-env';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = join(__dirname, 'screenshots');

/** Staff pages in headless Chromium, from sign-in link to learner record, against the stubs' learner app. */
describe('staff pages (browser)', () => {
  let world: VeraWorld;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const shot = (name: string, target: Page = page) =>
    target.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const heading = (target: Page = page) => target.locator('h1').innerText();

  /** Every visible form control has a label (the reference's ULN box had none). */
  async function expectLabelledInputs(): Promise<void> {
    const unlabelled = await page.$$eval('input:not([type=hidden]), select', (inputs) =>
      inputs
        .filter(
          (input) => ((input as unknown as { labels: ArrayLike<unknown> | null }).labels?.length ?? 0) === 0,
        )
        .map((input) => input.outerHTML),
    );
    expect(unlabelled).toEqual([]);
  }

  async function signIn(target: BrowserContext): Promise<Page> {
    const link = await world.api.post('/api/page-sessions', {
      headers: { authorization: `Bearer ${world.misToken}` },
      body: { ukprn: RIVERSIDE.ukprn, username: 'j.smith' },
    });
    expect(link.status).toBe(201);
    const signedIn = await target.newPage();
    const response = await signedIn.goto(link.body.signInUrl);
    expect(response?.status()).toBe(200);
    return signedIn;
  }

  async function approveInSimulator(
    correlationId: string,
    fill: (simulator: Page) => Promise<void>,
  ): Promise<void> {
    const simulator = await context.newPage();
    await simulator.goto(`${world.stubs.url}/vera/learner-app/requests/${correlationId}`);
    expect(await heading(simulator)).toBe(`${RIVERSIDE.providerName} wants to see your education record`);
    await fill(simulator);
    await simulator.getByRole('button', { name: 'Share my record' }).click();
    expect(await simulator.locator('#outcome').innerText()).toBe('You have shared your record.');
    await shot(`learner-app-${correlationId.slice(0, 8)}`, simulator);
    await simulator.close();
  }

  async function expectSamsRecord(): Promise<void> {
    expect(await page.locator('#learner-name').innerText()).toBe("Sam Alex O'Connor-Smith");
    const qualifications = await page.locator('#qualifications tbody tr td:first-child').allInnerTexts();
    expect(qualifications).toEqual(['GCSE Mathematics', 'GCSE English Language', 'GCSE Combined Science']);
    const schools = await page.locator('#schools tbody tr td:first-child').allInnerTexts();
    expect(schools).toEqual(['Beeston Primary School', 'St Mary & St John C of E School']);
    expect(await page.locator('#sen').innerText()).toContain('SPLD - Specific learning difficulty');
    expect(await page.locator('#fsm').innerText()).toContain('Yes (latest record: 2023/24, term 2)');
  }

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is required at ${CHROMIUM} for the browser tests: install it with "apt-get install -y chromium" (CI's .ci/run does).`,
      );
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    world = await startVeraWorld();
    browser = await chromium.launch({
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
    context = await browser.newContext();
    page = await signIn(context);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });
  afterEach(async () => world.stubs.resetFaults());

  it('signs in through a one-time link and shows the home page for the provider', async () => {
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await heading()).toBe("Get a learner's education record");
    expect(await page.locator('#provider-name').innerText()).toBe(RIVERSIDE.providerName);
    await shot('home');
  });

  it('Pattern A: shows a QR code, the learner approves in the app, and the record appears', async () => {
    await page.getByRole('button', { name: 'Generate QR code' }).click();
    expect(await heading()).toBe('Learner scans a QR code');
    const qr = page.locator('#qr-code');
    expect(
      await qr.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
    ).toBeGreaterThan(100);
    const correlationId = await page.locator('#correlation-id').innerText();
    expect(await page.locator('#qr-link').innerText()).toBe(
      `${world.stubs.url}/vera/learner-app/requests/${correlationId}`,
    );
    await shot('pattern-a-qr-code');

    await page.getByRole('button', { name: "Check for the learner's record" }).click();
    expect(await page.locator('#poll-outcome').innerText()).toContain(
      'The learner has not shared their record yet.',
    );
    expect(await page.locator('#qr-code').isVisible()).toBe(true);
    await shot('pattern-a-pending');

    await approveInSimulator(correlationId, (simulator) =>
      simulator.selectOption('#uln', SAM.uln).then(() => undefined),
    );
    await page.getByRole('button', { name: "Check for the learner's record" }).click();
    await expectSamsRecord();
    await shot('learner-record');
  });

  it('Pattern A: says so when the learner declines, and offers a new request', async () => {
    await page.goto(`${world.vera.url}/`);
    await page.getByRole('button', { name: 'Generate QR code' }).click();
    const correlationId = await page.locator('#correlation-id').innerText();
    expect((await world.stubsHttp.post(`/vera/learner-app/requests/${correlationId}/reject`)).status).toBe(
      200,
    );
    await page.getByRole('button', { name: "Check for the learner's record" }).click();
    expect(await page.locator('#poll-outcome').innerText()).toContain(
      'The learner declined, or the request expired.',
    );
    expect(await page.locator('#qr-code').count()).toBe(0);
    await shot('pattern-a-declined');
  });

  it('Pattern B: finds a record by ULN', async () => {
    await page.goto(`${world.vera.url}/pattern-b`);
    await expectLabelledInputs();
    await shot('pattern-b-form');
    await page.getByLabel('Unique Learner Number (ULN)').fill(SAM.uln);
    await page.getByRole('button', { name: 'Get learner record' }).click();
    await expectSamsRecord();
  });

  it('Pattern B: an invalid ULN shows the error next to the field and in a summary', async () => {
    await page.goto(`${world.vera.url}/pattern-b`);
    await page.getByLabel('Unique Learner Number (ULN)').fill('12345');
    const response = page.waitForResponse(
      (r) => r.url().endsWith('/pattern-b') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Get learner record' }).click();
    expect((await response).status()).toBe(400);
    expect(await page.title()).toMatch(/^Error: /);
    expect(await page.locator('.error-summary').innerText()).toContain(
      'Enter a ULN that is exactly 10 digits',
    );
    expect(await page.locator('#uln').getAttribute('aria-describedby')).toContain('uln-error');
    expect(await page.locator('#uln').inputValue()).toBe('12345');
    await shot('pattern-b-invalid-uln');
  });

  it('Pattern C: checks mobile and date of birth, shows the code, and shows the record after the learner enters it', async () => {
    await page.goto(`${world.vera.url}/pattern-c`);
    await expectLabelledInputs();
    await page.getByLabel('Mobile number').fill(SAM.mobile);
    await page.getByLabel('Date of birth').fill(SAM.dateOfBirth);
    await shot('pattern-c-form');
    await page.getByRole('button', { name: 'Check for an education record' }).click();
    expect(await heading()).toBe('Learner found');
    await shot('pattern-c-found');
    await page.getByRole('button', { name: 'Yes, send the request' }).click();
    expect(await heading()).toBe('Request sent to the learner');
    const code = await page.locator('#share-code').innerText();
    expect(code).toMatch(/^\d{6}$/);
    const correlationId = await page.locator('#correlation-id').innerText();
    await shot('pattern-c-code');

    await approveInSimulator(correlationId, (simulator) =>
      simulator.getByLabel('Enter the code shown by the provider').fill(code),
    );
    await page.getByRole('button', { name: "Check for the learner's record" }).click();
    await expectSamsRecord();
  });

  it('refuses a POST without the CSRF token, and one with a token from another session', async () => {
    const before = (await world.stubs.requests('/vera/api')).length;
    const withoutToken = await context.request.post(`${world.vera.url}/pattern-b`, {
      form: { uln: SAM.uln },
    });
    expect(withoutToken.status()).toBe(403);
    expect(await withoutToken.text()).toContain('This form has expired');

    const otherContext = await browser.newContext();
    const other = await signIn(otherContext);
    const foreignToken = await other.locator('input[name=_csrf]').first().inputValue();
    const withForeignToken = await context.request.post(`${world.vera.url}/pattern-b`, {
      form: { uln: SAM.uln, _csrf: foreignToken },
    });
    expect(withForeignToken.status()).toBe(403);
    await otherContext.close();
    expect((await world.stubs.requests('/vera/api')).length).toBe(before);

    const refused = await context.newPage();
    await refused.setContent(await withoutToken.text());
    await shot('csrf-refused', refused);
    await refused.close();
  });

  it('explains an upstream failure instead of crashing', async () => {
    await world.stubs.setFault({ prefix: '/vera/api', status: 503 });
    await page.goto(`${world.vera.url}/pattern-b`);
    await page.getByLabel('Unique Learner Number (ULN)').fill(SAM.uln);
    await page.getByRole('button', { name: 'Get learner record' }).click();
    expect(await heading()).toBe('Sorry, there is a problem with the service');
    expect(await page.locator('main').innerText()).toContain('DfE VERA had a problem answering');
    expect(await page.locator('#request-id').innerText()).not.toBe('');
    await shot('error-upstream');
  });

  it('signs out: the session cookie is cleared and the pages ask to sign in again', async () => {
    const staff = await signIn(await browser.newContext());
    await staff.getByRole('button', { name: 'Sign out' }).click();
    expect(await heading(staff)).toBe('You have signed out');
    await shot('signed-out', staff);
    expect((await staff.goto(`${world.vera.url}/`))?.status()).toBe(401);
    await staff.context().close();
  });

  it('asks people without a session to sign in through their MIS, and treats a used link as expired', async () => {
    const anonymous = await browser.newContext();
    const visitor = await anonymous.newPage();
    const response = await visitor.goto(`${world.vera.url}/pattern-b`);
    expect(response?.status()).toBe(401);
    expect(await heading(visitor)).toBe('You need to sign in');
    await shot('sign-in-required', visitor);

    const link = await world.api.post('/api/page-sessions', {
      headers: { authorization: `Bearer ${world.misToken}` },
      body: { ukprn: RIVERSIDE.ukprn },
    });
    expect((await visitor.goto(link.body.signInUrl))?.status()).toBe(200);
    const otherBrowser = await browser.newContext();
    const reused = await otherBrowser.newPage();
    expect((await reused.goto(link.body.signInUrl))?.status()).toBe(401);
    await otherBrowser.close();
    const [ticket] = await world.vera.app
      .get(DataSource)
      .query('SELECT used_at FROM vera_page_tickets ORDER BY created_at DESC LIMIT 1');
    expect(ticket.used_at).not.toBeNull();
    await anonymous.close();
  });
});
