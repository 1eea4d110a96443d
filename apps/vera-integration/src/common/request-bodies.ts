import { MAX_JSON_DEPTH, nestsDeeperThan, strictUtf8 } from '@libs/platform';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { VeraProblem } from '../errors/vera-problem';
import { isPageRoute } from './routes';

/**
 * A body the app will not accept, kept as the parsed value instead of failing the parse. Fastify parses
 * bodies before Nest's guards run; deferring the refusal to `RefusedBodyInterceptor` (which runs after the
 * guards) means a caller without a valid token or role learns nothing from how its body was read: it gets
 * 401/403 first, and only an authorised caller gets 400 MALFORMED_BODY or 415.
 */
export class RefusedBody {
  constructor(readonly problem: VeraProblem) {}
}

function malformed(detail: string): RefusedBody {
  return new RefusedBody(new VeraProblem(400, 'MALFORMED_BODY', 'The request could not be read.', detail));
}

function unsupported(request: FastifyRequest, expected: string): RefusedBody {
  const given = request.headers['content-type'];
  return new RefusedBody(
    new VeraProblem(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'The request was not sent in a format this service accepts.',
      `Content-Type ${given ? `"${String(given).slice(0, 100)}"` : 'missing'}: send ${expected}`,
    ),
  );
}

/** `__proto__` as a key would reach object spreads and class-transformer; no field is called that. */
function refuseProtoKeys(key: string, value: unknown): unknown {
  if (key === '__proto__') throw new SyntaxError('"__proto__" is not an accepted field name');
  return value;
}

export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return malformed('Body cannot be empty when Content-Type is application/json');
  if (nestsDeeperThan(text, MAX_JSON_DEPTH))
    return malformed(`JSON nests deeper than ${MAX_JSON_DEPTH} levels`);
  try {
    return JSON.parse(text, refuseProtoKeys);
  } catch (error) {
    return malformed(`Body is not valid JSON: ${(error as Error).message.slice(0, 200)}`);
  }
}

/** A page form: each field once; a repeated field becomes a list, which no form field accepts. */
export function parseFormBody(text: string): Record<string, string | string[]> {
  const form: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    const existing = form[name];
    if (existing === undefined) form[name] = value;
    else form[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return form;
}

/** The body decoded as UTF-8 and read by `parse`; bytes that are not UTF-8 are refused (not stored as U+FFFD). */
function readAs(body: Buffer, parse: (text: string) => unknown): unknown {
  const text = strictUtf8(body);
  return text === undefined ? malformed('Body is not valid UTF-8') : parse(text);
}

/**
 * The app's only body parsers (replacing the platform's, with its UTF-8 and depth rules): the APIs read JSON
 * only, the pages read forms only; anything else, including a body without a Content-Type, becomes a
 * deferred 415. Bodies are read within the platform's size limit (413 before auth: an oversized body is not
 * read at all).
 */
export function installBodyParsers(fastify: FastifyInstance): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    done(
      null,
      isPageRoute(request.url) ? unsupported(request, 'a form') : readAs(body as Buffer, parseJsonBody),
    );
  });
  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'buffer' },
    (request, body, done) => {
      done(
        null,
        isPageRoute(request.url)
          ? readAs(body as Buffer, parseFormBody)
          : unsupported(request, 'application/json'),
      );
    },
  );
  fastify.addContentTypeParser('*', { parseAs: 'string' }, (request, _body, done) => {
    done(null, unsupported(request, isPageRoute(request.url) ? 'a form' : 'application/json'));
  });
}
