import { MalformedBodyError } from '@libs/errors';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { parse as parseForm } from 'fast-querystring';
import { MAX_JSON_DEPTH } from './http-limits';

const utf8 = new TextDecoder('utf-8', { fatal: true });

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

/**
 * The app's body parsers, in place of Nest's defaults: JSON (for `jsonContentTypes`) and HTML forms,
 * each refusing bytes that are not UTF-8, and JSON nested deeper than `MAX_JSON_DEPTH`, with a
 * `MalformedBodyError` (400 in the app's envelope). JSON is then parsed by Fastify's own parser
 * (prototype poisoning refused), forms by the parser Nest uses.
 */
export function registerBodyParsers(
  app: NestFastifyApplication,
  options: { bodyLimit: number; jsonContentTypes: string[] },
): void {
  const parseJson = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser(options.jsonContentTypes, { bodyLimit: options.bodyLimit }, (request, body, done) => {
    const text = strictUtf8(body);
    if (text === undefined) return done(new MalformedBodyError('Body is not valid UTF-8'), undefined);
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      return done(new MalformedBodyError(`JSON is nested deeper than ${MAX_JSON_DEPTH} levels`), undefined);
    }
    parseJson(request as Parameters<typeof parseJson>[0], text, done);
  });
  app.useBodyParser(
    'application/x-www-form-urlencoded',
    { bodyLimit: options.bodyLimit },
    (_request, body, done) => {
      const text = strictUtf8(body);
      if (text === undefined) return done(new MalformedBodyError('Body is not valid UTF-8'), undefined);
      done(null, parseForm(text));
    },
  );
}
