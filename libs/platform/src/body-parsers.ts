import { MalformedBodyError, UnsupportedMediaTypeError } from '@libs/errors';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { parse as parseForm } from 'fast-querystring';
import type { Observable } from 'rxjs';
import { MAX_JSON_DEPTH } from './http-limits';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export type BodyKind = 'json' | 'form';

/**
 * Which bodies a route reads: by default JSON (for the app's JSON content types) and forms everywhere.
 * An app narrows it per address (e.g. pages read forms only, the API JSON only).
 */
export type BodyAcceptance = (request: FastifyRequest, kind: BodyKind) => boolean;

/**
 * A body the platform will not accept, held as the parsed value instead of failing the parse. Fastify
 * parses bodies before Nest's guards run; `RefusedBodyInterceptor`, which runs after them, throws the
 * refusal, so a caller without a valid token or role learns nothing from how its body was read: it gets
 * 401/403 first, and only an authorised caller gets 400 or 415. (An oversized body is still 413 at once:
 * it is never read.)
 */
export class RefusedBody {
  constructor(readonly error: MalformedBodyError | UnsupportedMediaTypeError) {}
}

/** Interceptors run after guards: a body refused while parsing is reported only to an authorised caller. */
@Injectable()
export class RefusedBodyInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const body = context.switchToHttp().getRequest<FastifyRequest>().body;
    if (body instanceof RefusedBody) throw body.error;
    return next.handle();
  }
}

/** The body as text, or undefined when its bytes are not UTF-8 (a lenient decoder would store U+FFFD instead). */
export function strictUtf8(body: Buffer): string | undefined {
  try {
    return utf8.decode(body);
  } catch {
    return undefined;
  }
}

/**
 * Whether JSON text nests arrays and objects deeper than `limit`: one pass over the characters, no
 * recursion and no parse, so a body of thousands of `[` is refused before anything walks it.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i++; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b || code === 0x5b) {
      if (++depth > limit) return true;
    } else if (code === 0x7d || code === 0x5d) {
      depth--;
    }
  }
  return false;
}

const refused = (error: MalformedBodyError | UnsupportedMediaTypeError) => new RefusedBody(error);

function contentTypeOf(request: FastifyRequest): string | undefined {
  const given = request.headers['content-type'];
  return given === undefined ? undefined : String(given).slice(0, 100);
}

/**
 * The app's body parsers, in place of Nest's defaults: JSON (for `jsonContentTypes`) and HTML forms,
 * each refusing bytes that are not UTF-8, and JSON nested deeper than `MAX_JSON_DEPTH` or not JSON at
 * all (parsed by Fastify's own parser, so prototype poisoning is refused); forms parsed by the parser Nest
 * uses; any other media type refused. Refusals are deferred (`RefusedBody`) until after the guards.
 */
export function registerBodyParsers(
  app: NestFastifyApplication,
  options: { bodyLimit: number; jsonContentTypes: string[]; accepts?: BodyAcceptance },
): void {
  const accepts = options.accepts ?? (() => true);
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  const expected = (request: FastifyRequest) => (accepts(request, 'json') ? 'application/json' : 'a form');
  app.useBodyParser(options.jsonContentTypes, { bodyLimit: options.bodyLimit }, (request, body, done) => {
    const fastifyRequest = request as unknown as FastifyRequest;
    if (!accepts(fastifyRequest, 'json')) {
      return done(null, refused(new UnsupportedMediaTypeError(contentTypeOf(fastifyRequest), 'a form')));
    }
    const text = strictUtf8(body);
    if (text === undefined) return done(null, refused(new MalformedBodyError('Body is not valid UTF-8')));
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      return done(
        null,
        refused(new MalformedBodyError(`JSON is nested deeper than ${MAX_JSON_DEPTH} levels`)),
      );
    }
    parseJson(request as Parameters<typeof parseJson>[0], text, (error, value) =>
      error ? done(null, refused(new MalformedBodyError(error.message.slice(0, 200)))) : done(null, value),
    );
  });
  app.useBodyParser(
    'application/x-www-form-urlencoded',
    { bodyLimit: options.bodyLimit },
    (request, body, done) => {
      const fastifyRequest = request as unknown as FastifyRequest;
      if (!accepts(fastifyRequest, 'form')) {
        return done(
          null,
          refused(new UnsupportedMediaTypeError(contentTypeOf(fastifyRequest), 'application/json')),
        );
      }
      const text = strictUtf8(body);
      if (text === undefined) return done(null, refused(new MalformedBodyError('Body is not valid UTF-8')));
      done(null, parseForm(text));
    },
  );
  // Every other media type, Fastify's own text/plain parser included (a parser an app registers for a
  // specific type still wins).
  fastify.removeContentTypeParser('text/plain');
  fastify.addContentTypeParser(
    '*',
    { bodyLimit: options.bodyLimit, parseAs: 'buffer' },
    (request, _body, done) =>
      done(null, refused(new UnsupportedMediaTypeError(contentTypeOf(request), expected(request)))),
  );
}
