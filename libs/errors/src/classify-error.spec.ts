import {
  BadRequestException,
  HttpException,
  NotFoundException,
  PayloadTooLargeException,
} from '@nestjs/common';
import { DatabaseError } from 'pg';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';
import { classifyError } from './classify-error';
import { MalformedBodyError, RequestRefusedError, UnsupportedMediaTypeError } from './request-errors';

/** Fastify's body-parser errors as it throws them: an Error with its documented code and status. */
function fastifyError(code: string, statusCode: number, message: string): Error {
  return Object.assign(new Error(message), { code, statusCode });
}

describe('classifyError', () => {
  describe('the platform’s own refusals', () => {
    it('keeps their kinds and words', () => {
      expect(classifyError(new MalformedBodyError('JSON nested too deeply'))).toEqual({
        kind: 'malformed-body',
        message: 'JSON nested too deeply',
      });
      expect(classifyError(new UnsupportedMediaTypeError('text/xml', 'application/json'))).toEqual({
        kind: 'unsupported-media-type',
        contentType: 'text/xml',
      });
      expect(classifyError(new UnsupportedMediaTypeError(undefined, 'application/json'))).toMatchObject({
        contentType: '',
      });
      expect(classifyError(new RequestRefusedError(408, 'Request timed out'))).toEqual({
        kind: 'http',
        status: 408,
        message: 'Request timed out',
        response: undefined,
      });
    });
  });

  describe('Nest’s HttpExceptions', () => {
    it('recognises the router’s unknown-route answer, with the method and path asked', () => {
      expect(classifyError(new NotFoundException('Cannot GET /nowhere'), 'GET', '/nowhere')).toEqual({
        kind: 'route-not-found',
        method: 'GET',
        path: '/nowhere',
      });
    });

    it('tells an app’s own 404 from an unknown route', () => {
      expect(classifyError(new NotFoundException('No such learner'))).toMatchObject({
        kind: 'http',
        status: 404,
        message: 'No such learner',
      });
    });

    it('recognises body errors Fastify raised and Nest re-wrapped', () => {
      expect(classifyError(new PayloadTooLargeException())).toEqual({ kind: 'body-too-large' });
      expect(classifyError(new HttpException('application/xml', 415))).toEqual({
        kind: 'unsupported-media-type',
        contentType: 'application/xml',
      });
      expect(
        classifyError(
          new BadRequestException("Body is not valid JSON but content-type is set to 'application/json'"),
        ),
      ).toMatchObject({
        kind: 'malformed-body',
      });
    });

    it('keeps any other HttpException’s status and response for the mapper', () => {
      const refused = new HttpException({ reason: 'locked' }, 423);
      expect(classifyError(refused)).toEqual({
        kind: 'http',
        status: 423,
        message: refused.message,
        response: { reason: 'locked' },
      });
    });
  });

  describe('Fastify’s errors that reach a filter unwrapped', () => {
    it.each([
      ['FST_ERR_CTP_INVALID_JSON_BODY', 400, 'malformed-body'],
      ['FST_ERR_CTP_EMPTY_JSON_BODY', 400, 'malformed-body'],
      ['FST_ERR_CTP_INVALID_CONTENT_LENGTH', 400, 'malformed-body'],
      ['FST_ERR_CTP_BODY_TOO_LARGE', 413, 'body-too-large'],
      ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 415, 'unsupported-media-type'],
      ['FST_ERR_CTP_INVALID_TYPE', 400, 'unsupported-media-type'],
    ])('%s is %s', (code, status, kind) => {
      expect(classifyError(fastifyError(code, status, 'fastify text'))).toMatchObject({ kind });
    });

    it('shows the reason phrase, not Fastify’s text, for its other client errors (they can quote the request)', () => {
      const error = fastifyError('FST_ERR_BAD_URL', 400, "'/x%zz<script>' is not a valid url component");
      expect(classifyError(error)).toEqual({
        kind: 'http',
        status: 400,
        message: 'Bad Request',
        response: undefined,
      });
    });

    it('keeps the message of a non-Fastify 4xx error', () => {
      const error = Object.assign(new Error('Too many requests from this client'), { statusCode: 429 });
      expect(classifyError(error)).toMatchObject({
        kind: 'http',
        status: 429,
        message: 'Too many requests from this client',
      });
    });
  });

  it('reads a SyntaxError (JSON.parse) as a malformed body', () => {
    let thrown: unknown;
    try {
      JSON.parse('{"a":');
    } catch (error) {
      thrown = error;
    }
    expect(classifyError(thrown)).toMatchObject({ kind: 'malformed-body' });
  });

  describe('anything else is unexpected, and database errors are marked so no mapper shows their text', () => {
    it('marks TypeORM’s errors', () => {
      const query = new QueryFailedError(
        'SELECT * FROM matches WHERE uln = $1',
        ['1234567890'],
        new Error('boom'),
      );
      expect(classifyError(query)).toMatchObject({ kind: 'unexpected', database: true });
      expect(classifyError(new EntityNotFoundError('MatchEntity', { uln: '1' }))).toMatchObject({
        database: true,
      });
    });

    it('marks the pg driver’s errors, by their SQLSTATE code and severity', () => {
      const driver = new DatabaseError('relation "matches" does not exist', 100, 'error');
      driver.code = '42P01';
      driver.severity = 'ERROR';
      expect(classifyError(driver)).toMatchObject({ kind: 'unexpected', database: true });
    });

    it('does not mark an ordinary error, or one whose code only looks like a SQLSTATE', () => {
      expect(classifyError(new TypeError('x is not a function'))).toEqual({
        kind: 'unexpected',
        error: expect.any(TypeError),
        message: 'x is not a function',
        database: false,
      });
      expect(classifyError(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toMatchObject({
        database: false,
      });
    });

    it('copes with thrown values that are not errors', () => {
      expect(classifyError('a string')).toMatchObject({
        kind: 'unexpected',
        message: 'a string',
        database: false,
      });
      expect(classifyError(undefined)).toMatchObject({ kind: 'unexpected', message: 'undefined' });
      expect(classifyError(null)).toMatchObject({ kind: 'unexpected', message: 'null' });
    });
  });
});
