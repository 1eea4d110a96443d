import type { AppUnderTest } from '../describe-apps';
import fc from 'fast-check';
import { createHmac, sign } from 'node:crypto';
import { CaseLog } from '../case-log';
import { answerProblems } from '../envelope-checks';
import { foreignPrivateKey, publishedKey } from '../hostile-tokens';
import { INJECTIONS } from '../hostile-values';
import { fetchOperations } from '../openapi';
import { requestBase, specOf } from '../request-base';
import { registerSecret } from '../run-dir';
import { describeAnswer, send } from '../send';
import { SETTINGS } from '../settings';

/** Forged tokens per protected route; each is verified afresh (no two are the same text). */
const CASES_PER_ROUTE = Math.max(20, Math.round(SETTINGS.casesPerEndpoint / 3));
/** The apps that take HMPPS Auth bearer tokens. */
export const BEARER_APPS = ['learner-records', 'vera-integration'];

const encode = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/**
 * The longest generated field. Three of them, base64url-encoded, stay well inside Node's 16 KB request head,
 * so every case reaches the token check (a head over the limit is a 431, tested in the platform's
 * request-hardening suite); the probe's 6,000-character `kid` is the one long field on its own.
 */
const MAX_FIELD_LENGTH = 2_500;

/** Header field values an attacker would try: content that breaks headers, logs, lookups or parsers. */
const fieldValue = (known: string[]) =>
  fc.oneof(
    fc.constantFrom(...known),
    fc.constantFrom(...INJECTIONS),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc
      .integer({ min: 200, max: MAX_FIELD_LENGTH })
      .map((length) => `k${'\r\n'.repeat(2)}${'x'.repeat(length)}`),
    fc.constantFrom(null, 0, -1, true, [], {}, ['RS256'], { $ne: null }),
  );

interface ForgedHeader {
  alg?: unknown;
  typ?: unknown;
  kid?: unknown;
  jku?: string;
  x5u?: string;
  jwk?: object;
  crit?: unknown;
}

/** What the outside probe sent: a `kid` with a line feed (echoed into WWW-Authenticate), quotes, a huge `kid`. */
const PROBE_CASES: Array<{ header: ForgedHeader; signing: Signing; shape: Shape }> = [
  {
    header: { alg: 'RS256', typ: 'JWT', kid: 'k\nSet-Cookie: injected=1' },
    signing: 'foreign key',
    shape: 'three parts',
  },
  {
    header: { alg: 'RS256', typ: 'JWT', kid: 'k\r\nX-Injected: 1' },
    signing: 'foreign key',
    shape: 'three parts',
  },
  {
    header: { alg: 'RS256', typ: 'JWT', kid: 'k" error="forged\\' },
    signing: 'foreign key',
    shape: 'three parts',
  },
  {
    header: { alg: 'RS256', typ: 'JWT', kid: 'k'.repeat(6_000) },
    signing: 'foreign key',
    shape: 'three parts',
  },
];

type Signing = 'foreign key' | 'none' | 'garbage' | 'hs256 with the public key' | 'truncated';
type Shape =
  'three parts' | 'header not JSON' | 'header not base64' | 'two parts' | 'four parts' | 'spaces inside';

function forge(header: ForgedHeader, signing: Signing, shape: Shape, pem: string): string {
  const claims = encode({
    sub: 'forged',
    authorities: ['ROLE_VERA_ADMIN', 'ROLE_SAR_DATA_ACCESS'],
    exp: 9_999_999_999,
  });
  const head =
    shape === 'header not JSON'
      ? encode('{"alg":"RS256",')
      : shape === 'header not base64'
        ? '!!!*'
        : encode(header);
  const input = `${head}.${claims}`;
  const signature =
    signing === 'foreign key'
      ? sign('sha256', Buffer.from(input), foreignPrivateKey()).toString('base64url')
      : signing === 'hs256 with the public key'
        ? createHmac('sha256', pem).update(input).digest('base64url')
        : signing === 'garbage'
          ? 'AAAA'
          : signing === 'truncated'
            ? sign('sha256', Buffer.from(input), foreignPrivateKey()).toString('base64url').slice(0, 40)
            : '';
  switch (shape) {
    case 'two parts':
      return input;
    case 'four parts':
      return `${input}.${signature}.extra`;
    case 'spaces inside':
      return `${head} .${claims}.${signature}`;
    default:
      return `${input}.${signature}`;
  }
}

/** Token header fuzz (kid, alg, typ content and size) on every protected route: apps that take HMPPS Auth tokens. */
export function tokenHeadersFuzzer(app: () => AppUnderTest): void {
  it(`refuses ${CASES_PER_ROUTE} forged token headers per protected route with 401 in the envelope, echoes none of them, and still lets the right caller in`, async () => {
    const { target, world } = app();
    const { kid, pem } = await publishedKey(world.stubs);
    const { operations } = await fetchOperations(world.url, target.platformHeaders);
    const log = new CaseLog();
    await world.stubs.clearRequests();
    const started = Date.now();
    const forged = fc.record(
      {
        header: fc.record(
          {
            alg: fieldValue(['RS256', 'none', 'HS256', 'RS512', 'ES256', 'PS256', 'rs256', 'RS256 ', '']),
            typ: fieldValue(['JWT', 'at+jwt', '']),
            kid: fieldValue([kid, `${kid} `, kid.toUpperCase(), '', '../../etc/passwd']),
            jku: fc.constant('http://127.0.0.1:1/jwks.json'),
            x5u: fc.constant('http://127.0.0.1:1/cert.pem'),
            crit: fc.constantFrom(['exp'], 'b64', []),
          },
          { requiredKeys: [] },
        ),
        signing: fc.constantFrom<Signing>(
          'foreign key',
          'none',
          'garbage',
          'hs256 with the public key',
          'truncated',
        ),
        shape: fc.constantFrom<Shape>(
          'three parts',
          'three parts',
          'three parts',
          'header not JSON',
          'header not base64',
          'two parts',
          'four parts',
          'spaces inside',
        ),
      },
      { requiredKeys: ['header', 'signing', 'shape'] },
    );
    for (const operation of operations.filter((candidate) => target.isProtected(candidate))) {
      const base = await requestBase(app(), operation);
      const others = base.headers.filter(([name]) => name.toLowerCase() !== 'authorization');
      // The probe's own cases first on every route, then generated ones.
      const cases = [
        ...PROBE_CASES,
        ...fc.sample(forged, { numRuns: CASES_PER_ROUTE - PROBE_CASES.length, seed: SETTINGS.seed }),
      ];
      for (const [index, { header, signing, shape }] of cases.entries()) {
        const token = forge(header, signing, shape, pem);
        registerSecret(token);
        const spec = specOf(base, [['authorization', `Bearer ${token}`], ...others]);
        const label = `${operation.method} ${operation.path} seed ${SETTINGS.seed} #${index}: header ${JSON.stringify(header).slice(0, 200)}, ${signing}, ${shape}`;
        try {
          const answer = await send(world.url, spec);
          const problems = answerProblems(answer, spec, target.envelopeProblems);
          if (answer.status !== 401) problems.push(`status ${answer.status}, expected 401`);
          const headerText = Object.values(answer.headers).flat().join('\n');
          for (const value of [header.kid, header.alg, header.typ]) {
            if (typeof value === 'string' && value.length >= 6 && value !== kid && headerText.includes(value))
              problems.push(`a response header repeats token content: ${value.slice(0, 60)}`);
          }
          log.check(`${label} → ${describeAnswer(answer)}`, problems);
        } catch (error) {
          log.check(label, [`no answer: ${(error as Error).message}`]);
        }
      }
      const allowed = await send(world.url, specOf(base));
      log.check(
        `${operation.method} ${operation.path} as the allowed caller after the forged tokens → ${describeAnswer(allowed)}`,
        allowed.status === 401 || allowed.status >= 500 ? [`the allowed caller got ${allowed.status}`] : [],
      );
    }
    // Made-up kids must not make the app fetch the key set more than once per 30 s refresh interval.
    const fetches = (await world.stubs.requests('/auth/.well-known/jwks.json')).length;
    const allowedFetches = 2 + Math.floor((Date.now() - started) / 30_000);
    log.check(
      `JWKS fetched ${fetches} times during the run`,
      fetches > allowedFetches ? [`more than ${allowedFetches}`] : [],
    );
    log.note(`JWKS fetched ${fetches} times in ${Math.round((Date.now() - started) / 1000)} s`);
    log.finish();
  });
}
