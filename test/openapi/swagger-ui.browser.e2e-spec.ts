import { http, launchBrowser, RunningStubs, startStubs, StartedApp } from '@libs/testing';
import type { Browser, Page } from 'playwright-core';
import { startBrm } from '../../apps/birth-registration-matching/test/brm-test-app';
import { startHmppsApi } from '../../apps/hmpps-integration-api/test/hmpps-test-app';
import { RO, startLearnerRecords } from '../../apps/learner-records/test/learner-records-test-app';
import { startVeraWorld } from '../../apps/vera-integration/test/vera-test-app';

/**
 * What a newcomer does first: open /swagger-ui/index.html, see every operation, authorise, and try
 * one protected operation from the page. A 200 for the HTML is not enough (the page was blank on every
 * app while its HTML answered 200), so this looks at what renders and at the answer the page shows.
 */
interface Target {
  url: string;
  /** Headers every browser request carries (hmpps: the DN its mutual-TLS ingress adds from the certificate). */
  gatewayHeaders?: Record<string, string>;
  /** Fills the app's scheme in the Authorize dialog, when the app has one. */
  authorise?(page: Page): Promise<void>;
  /** The operation tried from the page, and the parameters typed into it. */
  tryOut: { method: string; path: string; params: Record<string, string>; expectedStatus: number };
  close(): Promise<void>;
}

async function operationCount(url: string, headers?: Record<string, string>): Promise<number> {
  const document = (await http(url).get('/v3/api-docs', { headers })).body as {
    paths: Record<string, object>;
  };
  return Object.values(document.paths).reduce((count, item) => count + Object.keys(item).length, 0);
}

/** Types `value` into every scheme of the Authorize dialog (an app may define one scheme per role). */
async function fillAuthorizeDialog(page: Page, value: string): Promise<void> {
  await page.locator('.auth-wrapper button.authorize').click();
  const schemes = page.locator('.modal-ux .auth-container');
  await schemes.first().waitFor();
  for (const scheme of await schemes.all()) {
    await scheme.locator('input').fill(value);
    await scheme.locator('button.authorize').click();
  }
  await page.locator('.modal-ux button.btn-done').first().click();
}

describe('Swagger UI renders and calls the API on every app', () => {
  let browser: Browser;
  let stubs: RunningStubs;

  beforeAll(async () => {
    browser = await launchBrowser();
    stubs = await startStubs();
  });
  afterAll(async () => {
    await browser?.close();
    await stubs?.close();
  });

  const targets: Record<string, () => Promise<Target>> = {
    'learner-records': async () => {
      const app: StartedApp = await startLearnerRecords(stubs);
      const token = await stubs.token({ roles: [RO] });
      return {
        url: app.url,
        authorise: (page) => fillAuthorizeDialog(page, token),
        // No match stored for this prisoner yet: the documented 404, reached with the token.
        tryOut: {
          method: 'get',
          path: '/match/{nomisId}',
          params: { nomisId: 'A1234AA', 'X-Username': 'jo.bloggs' },
          expectedStatus: 404,
        },
        close: () => app.close(),
      };
    },
    'hmpps-integration-api': async () => {
      const context = await startHmppsApi();
      const dn = 'C=GB,O=Local,CN=all-access';
      return {
        url: context.app.url,
        gatewayHeaders: { 'subject-distinguished-name': dn },
        authorise: (page) => fillAuthorizeDialog(page, dn),
        tryOut: {
          method: 'get',
          path: '/v1/persons/{hmppsId}/name',
          params: { hmppsId: 'G2996UX' },
          expectedStatus: 200,
        },
        close: () => context.close(),
      };
    },
    'vera-integration': async () => {
      const world = await startVeraWorld();
      return {
        url: world.vera.url,
        authorise: (page) => fillAuthorizeDialog(page, world.adminToken),
        tryOut: { method: 'get', path: '/admin/providers', params: {}, expectedStatus: 200 },
        close: () => world.close(),
      };
    },
    'birth-registration-matching': async () => {
      const brm = await startBrm(stubs);
      return {
        url: brm.started.url,
        tryOut: {
          method: 'post',
          path: '/birth-registration-matching/match',
          params: { 'Audit-Source': 'dfs' },
          expectedStatus: 200,
        },
        close: () => brm.close(),
      };
    },
  };

  it.each(Object.keys(targets))('%s', async (name) => {
    const target = await targets[name]();
    const page = await browser.newPage({ extraHTTPHeaders: target.gatewayHeaders });
    try {
      // The references' short address leads to the page users know.
      await page.goto(`${target.url}/swagger-ui.html`);
      expect(new URL(page.url()).pathname).toBe('/swagger-ui/index.html');
      await page.locator('.opblock').first().waitFor({ timeout: 20_000 });
      // An operation with two tags is shown under each (a deprecated one with its own path class): what must
      // hold is that every operation is shown.
      const shown = await page
        .locator('.opblock')
        .evaluateAll((blocks) =>
          blocks.map(
            (block) =>
              `${block.querySelector('.opblock-summary-method')?.textContent} ${block.querySelector('[data-path]')?.getAttribute('data-path')}`,
          ),
        );
      expect(new Set(shown).size).toBe(await operationCount(target.url, target.gatewayHeaders));

      await target.authorise?.(page);
      const { method, path, params, expectedStatus } = target.tryOut;
      const operation = page.locator(`.opblock-${method}`, {
        has: page.locator(`.opblock-summary-path[data-path="${path}"]`),
      });
      await operation.locator('.opblock-summary').first().click();
      await operation.locator('button.try-out__btn').click();
      for (const [param, value] of Object.entries(params)) {
        await operation.locator(`tr[data-param-name="${param}"] input`).fill(value);
      }
      await operation.locator('button.execute').click();
      const status = operation.locator('.live-responses-table .response .response-col_status').first();
      await status.waitFor({ timeout: 20_000 });
      expect((await status.innerText()).trim()).toBe(String(expectedStatus));
    } finally {
      await page.close();
      await target.close();
    }
  });
});
