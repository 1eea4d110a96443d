import { Browser, BrowserContext, Page } from 'playwright-core';
import * as QRCode from 'qrcode';
import { DataSource } from 'typeorm';
import {
  answerInLearnerApp,
  checkPage,
  expectBackTo,
  heading,
  horizontalOverflow,
  launchChromium,
  signIn,
} from './browser-kit';
import { PRIYA, RIVERSIDE, SAM, startVeraWorld, VeraWorld } from './vera-test-app';

const SERVICE = 'Get a learner’s education record';
const SAMS_QUALIFICATIONS = ['GCSE Mathematics', 'GCSE English Language', 'GCSE Combined Science'];

/** Staff pages in headless Chromium, every task and state, against the stubs' Education Record app. */
describe('staff pages (browser)', () => {
  let world: VeraWorld;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const go = (path: string) => page.goto(`${world.vera.url}${path}`);
  const correlationIdOnPage = () => page.locator('#correlation-id').innerText();

  async function expectSamsRecord(target: Page = page): Promise<void> {
    expect(await target.locator('#learner-name').innerText()).toBe("Sam Alex O'Connor-Smith");
    const titles = await target.locator('#qualifications tbody tr td:first-child').allInnerTexts();
    expect(titles).toEqual(SAMS_QUALIFICATIONS);
    const personal = await target.locator('#personal-details').innerText();
    expect(personal).toContain('2 September 2008');
    expect(personal).not.toContain('2008-09-02');
    const awardDates = await target.locator('#qualifications td[data-label="Award date"]').allInnerTexts();
    expect(awardDates).toEqual(['22 August 2024', '22 August 2024', '22 August 2024']);
    const challenged = await target
      .locator('#qualifications td[data-label="Under data challenge"]')
      .allInnerTexts();
    expect(challenged).toEqual(['No', 'No', 'Yes']);
    expect(await target.locator('#sen').innerText()).toContain('SPLD – Specific learning difficulty');
    expect(await target.locator('#fsm').innerText()).toMatch(/Eligible\s+Yes/);
    expect(await target.locator('#fsm').innerText()).toContain('2023/24, term 2');
    // No empty rows: a field VERA left out says so.
    expect(await target.locator('#personal-details').innerText()).not.toMatch(/\n\s*\n\s*\n/);
    expect(await target.locator('main').innerText()).not.toMatch(/\btrue\b|\bfalse\b|\bnull\b/);
  }

  /** The frame every signed-in page has: service name, task navigation and the provider banner. */
  async function expectFrame(target: Page = page): Promise<void> {
    expect(await target.locator('.govuk-generic-header').innerText()).toContain(SERVICE);
    const nav = await target.locator('.govuk-service-navigation__list').innerText();
    for (const task of [
      'Home',
      'Show a QR code',
      'Look up by ULN',
      'Send to the learner’s phone',
      'Sign out',
    ]) {
      expect(nav).toContain(task);
    }
    expect(nav).not.toMatch(/Pattern/);
    expect(await target.locator('#provider-name').innerText()).toBe(RIVERSIDE.providerName);
    const title = await target.title();
    expect(title.endsWith(` - ${SERVICE}`)).toBe(true);
  }

  beforeAll(async () => {
    world = await startVeraWorld();
    browser = await launchChromium();
    context = await browser.newContext({ timezoneId: 'Europe/London' });
    page = await signIn(world, context);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });
  afterEach(async () => world.stubs.resetFaults());

  it('signs in through a one-time link to a home page of tasks, with its own service name', async () => {
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await heading(page)).toBe(SERVICE);
    expect(await page.title()).toBe(`Home - ${SERVICE}`);
    await expectFrame();
    // Not DfE's own site's name, and GOV.UK Frontend's own styles and scripts (not a look-alike).
    expect(await page.locator('header').innerText()).not.toContain('View Education Record');
    expect(await page.locator('body').getAttribute('class')).toContain('govuk-frontend-supported');
    await checkPage(page, 'home');
  });

  describe('Show a QR code', () => {
    let correlationId: string;

    it('shows a live QR code at its own size with a 4-module quiet zone, its UK-time expiry and a countdown', async () => {
      await go('/show-qr-code');
      await checkPage(page, 'show-qr-code-start');
      await page.getByRole('button', { name: 'Show a QR code' }).click();
      await page.waitForURL(/\/share-requests\//);
      expect(await heading(page)).toBe('Scan the QR code');
      expect(await page.title()).toBe(`Scan the QR code - ${SERVICE}`);
      expect(await page.locator('#request-state').innerText()).toBe('Waiting for the learner');
      correlationId = await correlationIdOnPage();

      const qr = page.locator('#qr-code');
      const sizes = await qr.evaluate((img) => {
        const image = img as unknown as { naturalWidth: number; getBoundingClientRect(): { width: number } };
        return { natural: image.naturalWidth, shown: image.getBoundingClientRect().width };
      });
      expect(sizes.shown).toBe(sizes.natural);
      const link = await page.locator('#qr-link').innerText();
      expect(link).toBe(`${world.stubs.url}/vera/learner-app/requests/${correlationId}`);
      expect(await quietZoneModules(page, link)).toBeGreaterThanOrEqual(4);

      const [row] = await world.vera.app
        .get(DataSource)
        .query('SELECT expires_at FROM vera_share_requests WHERE correlation_id = $1', [correlationId]);
      const expected = new Intl.DateTimeFormat('en-GB', {
        hour: 'numeric',
        minute: '2-digit',
        hourCycle: 'h12',
        timeZone: 'Europe/London',
      })
        .format(row.expires_at)
        .replace(' ', '')
        .replace(/^0/, '');
      const expiry = await page.locator('#expiry').innerText();
      expect(expiry).toContain(`expires at ${expected}`);
      expect(expiry).toContain('(UK time)');
      expect(expiry).not.toContain('UTC');
      expect(await page.locator('#time-left').innerText()).toMatch(
        /^[1-5] minutes? \d+ seconds?$|^\d minutes?$/,
      );
      await checkPage(page, 'qr-code-waiting');
    });

    it('Back after showing the QR code returns to the page before it, without resending the form', async () => {
      await expectBackTo(page, '/show-qr-code', 'Show a QR code');
      await page.goForward();
      expect(await heading(page)).toBe('Scan the QR code');
    });

    it('shows the record by itself once the learner shares (automatic re-check), in GOV.UK formats', async () => {
      await answerInLearnerApp(world, context, correlationId, { uln: SAM.uln });
      await page.locator('#learner-name').waitFor({ timeout: 15_000 });
      await expectSamsRecord();
      await expectFrame();
      expect(await page.locator('.govuk-notification-banner--success').innerText()).toContain('shared');
      expect(await page.locator('#next-steps').innerText()).toContain('Look up another learner by ULN');
      await checkPage(page, 'record-shared');
    });

    it('on a later visit shows the shared record, with no QR code and no Check button', async () => {
      await go(`/share-requests/${correlationId}`);
      await expectSamsRecord();
      expect(await page.locator('#qr-code').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Check now' }).count()).toBe(0);
    });

    it('says the learner declined, with no QR code or Check button, and offers a new request', async () => {
      await go('/show-qr-code');
      await page.getByRole('button', { name: 'Show a QR code' }).click();
      await page.waitForURL(/\/share-requests\//);
      const declined = await correlationIdOnPage();
      await answerInLearnerApp(world, context, declined, 'decline');
      await page.getByRole('heading', { name: 'The learner declined' }).waitFor({ timeout: 15_000 });
      expect(await page.locator('#request-state').innerText()).toBe('Declined');
      expect(await page.locator('#qr-code').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Check now' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Start a new request' }).getAttribute('href')).toBe(
        '/show-qr-code',
      );
      await checkPage(page, 'qr-code-declined');

      const callsBefore = (await world.stubs.requests('/vera/api/v1/education-records/learner-data')).length;
      await go(`/share-requests/${declined}`);
      expect(await heading(page)).toBe('The learner declined');
      expect((await world.stubs.requests('/vera/api/v1/education-records/learner-data')).length).toBe(
        callsBefore,
      );
    });
  });

  describe('Look up by ULN', () => {
    it('accepts a ULN pasted with spaces and shows the record; Back returns to the form', async () => {
      await go('/look-up-by-uln');
      expect(await heading(page)).toBe('What is the learner’s Unique Learner Number (ULN)?');
      await checkPage(page, 'look-up-by-uln');
      await page.getByLabel('What is the learner’s Unique Learner Number (ULN)?').fill('999 000 0011');
      await page.getByRole('button', { name: 'Look up record' }).click();
      await page.waitForURL(/\/look-up-by-uln\/record$/);
      await expectSamsRecord();
      await page.reload();
      await expectSamsRecord();
      await expectBackTo(page, '/look-up-by-uln', 'What is the learner’s Unique Learner Number (ULN)?');
    });

    it('shows an invalid ULN in an error summary that takes the focus; Back does not resend', async () => {
      await go('/look-up-by-uln');
      await page.getByLabel('What is the learner’s Unique Learner Number (ULN)?').fill('12345');
      await page.getByRole('button', { name: 'Look up record' }).click();
      await page.locator('.govuk-error-summary').waitFor();
      expect(new URL(page.url()).pathname).toBe('/look-up-by-uln');
      expect(await page.title()).toBe(`Error: Look up by ULN - ${SERVICE}`);
      expect(await page.locator('.govuk-error-summary').innerText()).toContain('ULN must be 10 digits');
      await page.waitForFunction(
        'document.activeElement && document.activeElement.classList.contains("govuk-error-summary")',
      );
      expect(await page.locator('#uln').inputValue()).toBe('12345');
      expect(await page.locator('#uln').getAttribute('aria-describedby')).toContain('uln-error');
      await checkPage(page, 'look-up-by-uln-error');
      await expectBackTo(page, '/look-up-by-uln', 'What is the learner’s Unique Learner Number (ULN)?');
      expect(await page.locator('.govuk-error-summary').count()).toBe(0);
    });

    it('explains a ULN that was not shared, with the navigation and next steps', async () => {
      await go('/look-up-by-uln');
      await page.getByLabel('What is the learner’s Unique Learner Number (ULN)?').fill(PRIYA.uln);
      await page.getByRole('button', { name: 'Look up record' }).click();
      await page.waitForURL(/\/record$/);
      expect(await heading(page)).toBe('No record has been shared for this ULN');
      await expectFrame();
      expect(await page.locator('#next-steps').innerText()).toContain('Show the learner a QR code instead');
      await checkPage(page, 'look-up-by-uln-not-shared');
    });
  });

  describe('Send to the learner’s phone', () => {
    it('uses a three-field date of birth and says which part is missing', async () => {
      await go('/send-to-phone');
      await checkPage(page, 'send-to-phone');
      expect(await page.locator('input[type=date]').count()).toBe(0);
      await page.getByLabel('Mobile number').fill(SAM.mobile);
      await page.getByLabel('Day').fill('2');
      await page.getByLabel('Year').fill('2008');
      await page.getByRole('button', { name: 'Check for an education record' }).click();
      await page.locator('.govuk-error-summary').waitFor();
      await page.waitForFunction(
        'document.activeElement && document.activeElement.classList.contains("govuk-error-summary")',
      );
      const link = page.locator('.govuk-error-summary a');
      expect(await link.innerText()).toBe('Date of birth must include a month');
      expect(await link.getAttribute('href')).toBe('#dateOfBirth-month');
      expect(await page.getByLabel('Mobile number').inputValue()).toBe(SAM.mobile);
      await checkPage(page, 'send-to-phone-error');
    });

    it('finds the learner, sends the request, shows the code with its expiry, and shows the record once shared', async () => {
      await go('/send-to-phone');
      await findSam(page);
      expect(await heading(page)).toBe('Send the request to the learner’s phone?');
      expect(await page.locator('.govuk-summary-list').innerText()).toContain('2 September 2008');
      await checkPage(page, 'send-to-phone-learner-found');
      await expectBackTo(page, '/send-to-phone', 'Send to the learner’s phone');
      await page.goForward();

      await page.getByRole('button', { name: 'Send the request' }).click();
      await page.waitForURL(/\/share-requests\//);
      expect(await heading(page)).toBe('Request sent to the learner’s phone');
      const code = await page.locator('#share-code').innerText();
      expect(code).toMatch(/^\d{6}$/);
      expect(await page.locator('#expiry').innerText()).toMatch(
        /expires at \d{1,2}(:\d\d)?(am|pm)|midday|midnight/,
      );
      await checkPage(page, 'send-to-phone-waiting');
      const correlationId = await correlationIdOnPage();
      await expectBackTo(page, '/send-to-phone/learner-found', 'Send the request to the learner’s phone?');
      await page.goForward();

      await answerInLearnerApp(world, context, correlationId, { code });
      await page.locator('#learner-name').waitFor({ timeout: 15_000 });
      await expectSamsRecord();
    });

    it('says when no learner has those details', async () => {
      await go('/send-to-phone');
      await page.getByLabel('Mobile number').fill('07700 900999');
      await page.getByLabel('Day').fill('1');
      await page.getByLabel('Month').fill('1');
      await page.getByLabel('Year').fill('2001');
      await page.getByRole('button', { name: 'Check for an education record' }).click();
      await page.waitForURL(/\/no-record$/);
      expect(await heading(page)).toBe('No education record found');
      await expectFrame();
      await checkPage(page, 'send-to-phone-no-record');
    });
  });

  describe('at 320 CSS pixels wide', () => {
    it('reflows every page, tables included: nothing scrolls sideways', async () => {
      const narrow = await browser.newContext({ viewport: { width: 320, height: 800 } });
      const phone = await signIn(world, narrow);
      for (const path of ['/', '/show-qr-code', '/look-up-by-uln', '/send-to-phone']) {
        await phone.goto(`${world.vera.url}${path}`);
        expect({ path, overflow: await horizontalOverflow(phone) }).toEqual({ path, overflow: 0 });
      }
      await phone.goto(`${world.vera.url}/look-up-by-uln`);
      await phone.getByLabel('What is the learner’s Unique Learner Number (ULN)?').fill(SAM.uln);
      await phone.getByRole('button', { name: 'Look up record' }).click();
      await phone.waitForURL(/\/record$/);
      await expectSamsRecord(phone);
      await checkPage(phone, 'record-320px');
      await phone.goto(`${world.vera.url}/show-qr-code`);
      await phone.getByRole('button', { name: 'Show a QR code' }).click();
      await phone.waitForURL(/\/share-requests\//);
      await checkPage(phone, 'qr-code-320px');
      await narrow.close();
    });
  });

  describe('errors and safety', () => {
    it('explains an upstream failure on a page with the navigation, banner, support reference and a way on', async () => {
      await world.stubs.setFault({ prefix: '/vera/api', status: 503 });
      await go('/look-up-by-uln');
      await page.getByLabel('What is the learner’s Unique Learner Number (ULN)?').fill(SAM.uln);
      await page.getByRole('button', { name: 'Look up record' }).click();
      await page.waitForURL(/\/record$/);
      expect(await heading(page)).toBe('Sorry, there is a problem with the service');
      expect(await page.locator('main').innerText()).toContain('had a problem answering');
      expect(await page.locator('#request-id').innerText()).not.toBe('');
      expect(await page.locator('#next-steps').innerText()).toContain('Try again');
      await expectFrame();
      await checkPage(page, 'error-upstream');
    });

    it('answers an unknown address with a page-not-found page inside the navigation', async () => {
      expect((await go('/no-such-page'))?.status()).toBe(404);
      expect(await heading(page)).toBe('Page not found');
      await expectFrame();
      expect(await page.locator('main').innerText()).not.toMatch(/GET|route/);
      await checkPage(page, 'error-not-found');
    });

    it('sends security headers, a nonce CSP without unsafe-inline, and serves GOV.UK Frontend without GDS Transport', async () => {
      const response = await go('/');
      const headers = response!.headers();
      expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
      expect(headers['content-security-policy']).not.toContain('unsafe-inline');
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['cache-control']).toBe('no-store');
      const css = await context.request.get(`${world.vera.url}/assets/govuk-frontend.min.css`);
      expect(css.status()).toBe(200);
      expect(await css.text()).not.toContain('GDS Transport');
      const script = await context.request.get(
        `${world.vera.url}/assets/govuk-frontend/govuk-frontend.min.js`,
      );
      expect(script.status()).toBe(200);
      expect(script.headers()['content-type']).toMatch(/javascript/);
      expect((await context.request.get(`${world.vera.url}/assets/images/favicon.svg`)).status()).toBe(200);
      expect(
        (await context.request.get(`${world.vera.url}/assets/fonts/bold-b542beb274-v2.woff2`)).status(),
      ).toBe(404);
      expect(
        (await context.request.get(`${world.vera.url}/assets/govuk-frontend/template.njk`)).status(),
      ).toBe(404);
    });

    it('refuses a POST without the CSRF token, and one with a token from another session', async () => {
      const before = (await world.stubs.requests('/vera/api')).length;
      const withoutToken = await context.request.post(`${world.vera.url}/look-up-by-uln`, {
        form: { uln: SAM.uln },
        maxRedirects: 0,
      });
      expect(withoutToken.status()).toBe(403);
      expect(await withoutToken.text()).toContain('This form has expired');

      const otherContext = await browser.newContext();
      const other = await signIn(world, otherContext);
      const foreignToken = await other.locator('input[name=_csrf]').first().inputValue();
      const withForeignToken = await context.request.post(`${world.vera.url}/look-up-by-uln`, {
        form: { uln: SAM.uln, _csrf: foreignToken },
        maxRedirects: 0,
      });
      expect(withForeignToken.status()).toBe(403);
      await otherContext.close();
      expect((await world.stubs.requests('/vera/api')).length).toBe(before);
    });

    it('signs out on the server: the old session cookie no longer opens anything', async () => {
      const staffContext = await browser.newContext();
      const staff = await signIn(world, staffContext);
      const [cookie] = await staffContext.cookies();
      expect(cookie).toMatchObject({ name: 'vera_session', httpOnly: true, sameSite: 'Strict' });
      await staff.getByRole('button', { name: 'Sign out' }).click();
      await staff.waitForURL(/\/signed-out$/);
      expect(await heading(staff)).toBe('You have signed out');
      await checkPage(staff, 'signed-out');
      await expectBackTo(staff, '/', 'You need to sign in');

      // Replay the cookie from before sign-out, as someone who copied it would.
      const replay = await browser.newContext();
      await replay.addCookies([cookie]);
      const replayed = await replay.newPage();
      expect((await replayed.goto(`${world.vera.url}/`))?.status()).toBe(401);
      expect(await heading(replayed)).toBe('You need to sign in');
      await checkPage(replayed, 'sign-in-required');
      await replay.close();
      await staffContext.close();
    });

    it('treats a used sign-in link as expired', async () => {
      const link = await world.api.post('/api/page-sessions', {
        headers: { authorization: `Bearer ${world.misToken}` },
        body: { ukprn: RIVERSIDE.ukprn },
      });
      const first = await browser.newContext();
      expect((await (await first.newPage()).goto(link.body.signInUrl))?.status()).toBe(200);
      const second = await browser.newContext();
      expect((await (await second.newPage()).goto(link.body.signInUrl))?.status()).toBe(401);
      await first.close();
      await second.close();
    });
  });
});

describe('staff pages (browser): requests that expire', () => {
  const TTL_SECONDS = 8;
  let world: VeraWorld;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    world = await startVeraWorld({}, { requestTtlSeconds: TTL_SECONDS });
    browser = await launchChromium();
    page = await signIn(world, await browser.newContext());
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  it.each([
    ['QR code', '/show-qr-code', 'Show a QR code', 'qr-code-expired'],
    ['phone', '/send-to-phone', 'Send the request', 'send-to-phone-expired'],
  ])(
    'a %s request left unanswered turns into "expired" by itself, with no QR or Check button',
    async (_kind, start, button, shot) => {
      await page.goto(`${world.vera.url}${start}`);
      if (start === '/send-to-phone') await findSam(page);
      await page.getByRole('button', { name: button }).click();
      await page.waitForURL(/\/share-requests\//);
      expect(await page.locator('#request-state').innerText()).toBe('Waiting for the learner');
      await page
        .getByRole('heading', { name: 'The request expired' })
        .waitFor({ timeout: (TTL_SECONDS + 12) * 1000 });
      expect(await page.locator('#request-state').innerText()).toBe('Expired');
      expect(await page.locator('#qr-code').count()).toBe(0);
      expect(await page.locator('#share-code').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Check now' }).count()).toBe(0);
      expect(await page.locator('main').innerText()).toMatch(/expired at .* \(UK time\)/);
      await checkPage(page, shot);
    },
    40_000,
  );
});

/** "Send to the learner’s phone" with Sam's details, up to the "learner found" page. */
async function findSam(page: Page): Promise<void> {
  await page.getByLabel('Mobile number').fill(SAM.mobile);
  await page.getByLabel('Day').fill('2');
  await page.getByLabel('Month').fill('9');
  await page.getByLabel('Year').fill('2008');
  await page.getByRole('button', { name: 'Check for an education record' }).click();
  await page.waitForURL(/\/learner-found$/);
}

/** White modules left of the code in the shown image: the first dark pixel's distance from the edge, in modules. */
async function quietZoneModules(page: Page, link: string): Promise<number> {
  // Drawn on a canvas in the page to read its pixels (a string: this project compiles without DOM types).
  const { width, left } = await page.evaluate<{ width: number; left: number }>(`(() => {
    const image = document.getElementById('qr-code');
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let first = canvas.width;
    for (let y = 0; y < canvas.height; y++) {
      for (let x = 0; x < first; x++) {
        if (pixels[(y * canvas.width + x) * 4] < 128) first = x;
      }
    }
    return { width: canvas.width, left: first };
  })()`);
  const modules = QRCode.create(link, {}).modules.size;
  return left / ((width - 2 * left) / modules);
}
