import { captureLogs } from '@libs/testing';
import { request } from 'undici';
import { as, useHmppsApi } from './hmpps-test-app';

/** Spring Boot's error JSON, in which the reference answers every consumer refusal. */
const refusal = (status: number, error: string, message: string, path: string) => ({
  timestamp: expect.any(String),
  status,
  error,
  message,
  path,
});
const forbidden = (message: string, path: string) => refusal(403, 'Forbidden', message, path);

/** The reference's own smoke-test certificate, which it revokes everywhere, as the gateway sends its serial. */
const REVOKED_EVERYWHERE = '8472494320151578633330348943480876283449388195';

describe('the consumer model at the reference version (roles, suspension, certificates, feature flags)', () => {
  const context = useHmppsApi();

  describe('consumers the configuration does not allow', () => {
    it('tells an unknown consumer its config is missing, before any upstream call', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/persons/G2996UX', as('stranger'));
      expect(response.status).toBe(403);
      expect(response.body).toEqual(
        forbidden('No consumer authorisation config found for stranger', '/v1/persons/G2996UX'),
      );
      expect(await context.stubs.requests()).toEqual([]);
    });

    it('refuses a suspended consumer on every path, however wide its role', async () => {
      for (const path of ['/v1/persons/G2996UX/name', '/v1/status', '/health']) {
        const response = await context.api.get(path, as('suspended-client'));
        expect(response.status).toBe(403);
        expect(response.body).toEqual(forbidden('Access suspended', path));
      }
    });

    it('grants what a role grants: full-access reaches every operation, no PND and no /queue-admin', async () => {
      const client = as('automated-test-client');
      expect((await context.api.get('/v1/persons/G2996UX/name', client)).status).toBe(200);
      expect((await context.api.get('/v1/hmpps/reference-data', client)).status).toBe(200);
      const pnd = await context.api.get('/v1/pnd/persons/G2996UX/alerts', client);
      expect(pnd.body).toEqual(
        forbidden(
          'Unable to authorise /v1/pnd/persons/G2996UX/alerts for automated-test-client',
          '/v1/pnd/persons/G2996UX/alerts',
        ),
      );
      expect((await context.api.get('/queue-admin/get-dlq-messages/audit-dlq', client)).status).toBe(403);
    });

    it('gives a role template one id segment: an encoded PNC id is not an id of the reference', async () => {
      const response = await context.api.get('/v1/persons/2004%2F13116M', as('automated-test-client'));
      expect(response.body).toEqual(
        forbidden(
          'Unable to authorise /v1/persons/2004%2F13116M for automated-test-client',
          '/v1/persons/2004%2F13116M',
        ),
      );
    });
  });

  describe('client certificates (cert-serial-number, cert-expiry-date)', () => {
    const withCertificate = (consumer: string, headers: Record<string, string>) => ({
      headers: { ...as(consumer).headers, ...headers },
    });

    it('refuses a certificate the reference revokes for everyone, naming its serial in hex', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get(
        '/v1/hmpps/reference-data',
        withCertificate('all-access', { 'cert-serial-number': REVOKED_EVERYWHERE }),
      );
      expect(response.status).toBe(403);
      expect(response.body).toEqual(
        forbidden(
          'Certificate with serial number 01:7B:EB:77:06:DB:11:F5:2E:B6:F7:37:7B:A9:E0:E4:84:C5:2C:A3 has been revoked',
          '/v1/hmpps/reference-data',
        ),
      );
      expect(await context.stubs.requests()).toEqual([]);
    });

    it('revokes a serial for the one consumer the list names it with', async () => {
      const revoked = await context.api.get(
        '/v1/hmpps/reference-data',
        withCertificate('automated-test-client', { 'cert-serial-number': '1' }),
      );
      expect(revoked.body).toEqual(
        forbidden('Certificate with serial number 01 has been revoked', '/v1/hmpps/reference-data'),
      );
      const other = await context.api.get(
        '/v1/hmpps/reference-data',
        withCertificate('all-access', { 'cert-serial-number': '1' }),
      );
      expect(other.status).toBe(200);
    });

    it('checks every serial number header, so a second one cannot hide a revoked certificate', async () => {
      const response = await request(`${context.app.url}/v1/hmpps/reference-data`, {
        headers: [
          'subject-distinguished-name',
          'CN=all-access',
          'cert-serial-number',
          '2',
          'cert-serial-number',
          REVOKED_EVERYWHERE,
        ],
      });
      expect(response.statusCode).toBe(403);
      expect(await response.body.json()).toMatchObject({
        message:
          'Certificate with serial number 01:7B:EB:77:06:DB:11:F5:2E:B6:F7:37:7B:A9:E0:E4:84:C5:2C:A3 has been revoked',
      });
    });

    it('refuses an expired certificate, and serves one that expires soon while logging a warning', async () => {
      const expired = await context.api.get(
        '/v1/persons/G2996UX/name',
        withCertificate('all-access', { 'cert-expiry-date': 'Jan  8 11:23:46 2021 GMT' }),
      );
      expect(expired.status).toBe(403);
      expect(expired.body).toEqual(
        forbidden(
          'The certificate for all-access with expiry date Jan  8 11:23:46 2021 GMT has expired',
          '/v1/persons/G2996UX/name',
        ),
      );

      const soon = new Date(Date.now() + 5 * 24 * 60 * 60 * 1000);
      const month = soon.toUTCString().slice(8, 11);
      const date = `${month} ${soon.getUTCDate()} 12:00:00 ${soon.getUTCFullYear()} GMT`;
      const logs = captureLogs();
      try {
        const response = await context.api.get(
          '/v1/persons/G2996UX/name',
          withCertificate('all-access', { 'cert-expiry-date': date }),
        );
        expect(response.status).toBe(200);
        expect(logs.text()).toContain(`The certificate for all-access will expire in 5 days (${date})`);
      } finally {
        logs.stop();
      }
    });

    it('ignores an expiry date it cannot read, as the reference does', async () => {
      const response = await context.api.get(
        '/v1/persons/G2996UX/name',
        withCertificate('all-access', { 'cert-expiry-date': 'next Tuesday' }),
      );
      expect(response.status).toBe(200);
    });
  });

  describe('feature flags', () => {
    const override = (consumer: string, flags: string) => ({
      headers: { ...as(consumer).headers, 'x-feature-override': flags },
    });

    it('answers the removed PND alerts as a path that does not exist, while their flag is off', async () => {
      const response = await context.api.get('/v1/pnd/persons/G2996UX/alerts', as('all-access'));
      expect(response.status).toBe(404);
      expect(response.body).toEqual({
        status: 404,
        errorCode: null,
        userMessage: 'No endpoint GET /v1/pnd/persons/G2996UX/alerts',
        developerMessage: '404 Not found error: No endpoint GET /v1/pnd/persons/G2996UX/alerts',
        moreInfo: null,
      });
    });

    it('answers the expression of interest 410 Gone, queuing nothing, while its flag is off', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.put(
        '/v1/persons/G2996UX/expression-of-interest/jobs/J1',
        as('all-access'),
      );
      expect(response.status).toBe(410);
      expect(response.body).toEqual({
        status: 410,
        errorCode: null,
        userMessage: 'The API has been deprecated.',
        developerMessage: 'The API has been deprecated.',
        moreInfo: null,
      });
      expect(await context.stubs.requests()).toEqual([]);
    });

    it('switches a flag on for one request of a consumer allowed to override', async () => {
      const pnd = await context.api.get(
        '/v1/pnd/persons/G2996UX/alerts',
        override('feature-override-client', 'seed-pnd-alerts=true'),
      );
      expect(pnd.status).toBe(200);
      expect(pnd.body.data.map((alert: { code: string }) => alert.code)).toEqual(
        expect.arrayContaining(['XA', 'HA']),
      );
      const next = await context.api.get('/v1/pnd/persons/G2996UX/alerts', as('feature-override-client'));
      expect(next.status).toBe(404);
    });

    it('ignores the override header of a consumer not allowed to send one', async () => {
      const response = await context.api.get(
        '/v1/pnd/persons/G2996UX/alerts',
        override('all-access', 'seed-pnd-alerts=true'),
      );
      expect(response.status).toBe(404);
    });

    it('refuses an override that names no known flag or no boolean', async () => {
      const path = '/v1/persons/G2996UX/name';
      for (const flags of ['no-such-flag=true', 'seed-pnd-alerts=yes', 'seed-pnd-alerts']) {
        const response = await context.api.get(path, override('feature-override-client', flags));
        expect(response.status).toBe(400);
        expect(response.body).toEqual(
          refusal(
            400,
            'Bad Request',
            'X-Feature-Override must be a comma-separated list of <known feature flag>=true|false',
            path,
          ),
        );
      }
    });
  });
});
