import { ForbiddenRoleError, MissingHeaderError, UnauthenticatedError } from '@libs/auth';
import { NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { FastifyRequest } from 'fastify';
import { KnownRoutes } from './known-routes';
import { learnerRecordsErrorMapper } from './learner-records-error-mapper';

const routes = new KnownRoutes();
routes.record(['GET', 'HEAD'], '/match/:nomisId');
routes.record('POST', '/match/:nomisId');
routes.record('POST', '/learners');
const map = learnerRecordsErrorMapper(routes);
const request = (method: string, url: string, headers: Record<string, string> = {}) =>
  ({ method, url, headers }) as unknown as FastifyRequest;

describe('learnerRecordsErrorMapper', () => {
  it('answers 401 with an empty body and a bearer challenge', () => {
    expect(map(new UnauthenticatedError('No auth token'), request('GET', '/learners'))).toEqual({
      status: 401,
      body: null,
      headers: { 'WWW-Authenticate': 'Bearer' },
    });
    expect(map(new UnauthenticatedError('jwt expired'), request('GET', '/learners')).headers).toEqual({
      'WWW-Authenticate': 'Bearer error="invalid_token", error_description="jwt expired"',
    });
  });

  it('answers a trailing slash on a known path as not found, not as a wrong method (finding 10)', () => {
    const answer = map(new NotFoundException('Cannot POST /learners/'), request('POST', '/learners/'));
    expect(answer.status).toBe(404);
    expect(answer.headers).toBeUndefined();
  });

  it('answers 403 and the missing-header 400 in the service envelope', () => {
    expect(map(new ForbiddenRoleError(['ROLE_X']), request('POST', '/learners')).body).toEqual({
      status: 'FORBIDDEN',
      errorCode: 'Forbidden - Authorization Denied',
      userMessage: 'Forbidden: Access Denied',
      developerMessage: 'Forbidden - Authorization Denied',
      moreInfo: 'Forbidden - Authorization Denied',
    });
    const message =
      "Missing X-Username Header: Required request header 'X-Username' for method parameter type String is not present";
    expect(map(new MissingHeaderError('X-Username'), request('POST', '/learners'))).toEqual({
      status: 400,
      body: {
        status: 'BAD_REQUEST',
        errorCode: 'Missing X-Username Header',
        userMessage: message,
        developerMessage: message,
        moreInfo: 'Missing X-Username Header',
      },
    });
  });

  it('answers 404 for an unknown path and 405 naming the first supported method for a known one', () => {
    const notFound = new NotFoundException('Cannot GET /nowhere/else');
    expect(map(notFound, request('GET', '/nowhere/else?x=1'))).toEqual({
      status: 404,
      body: {
        status: 'NOT_FOUND',
        errorCode: 'No Resource Found',
        userMessage:
          "No resource found failure: No static resource nowhere/else for request '/nowhere/else'.",
        developerMessage: 'Requested Resource not found on the server',
        moreInfo: 'Requested Resource not found on the server',
      },
    });
    expect(
      map(new NotFoundException('Cannot DELETE /match/A1234BC'), request('DELETE', '/match/A1234BC')),
    ).toEqual({
      status: 405,
      headers: { Allow: 'GET, POST' },
      body: {
        status: 'METHOD_NOT_ALLOWED',
        errorCode: 'Method (DELETE) not allowed',
        userMessage: 'HTTP Method (DELETE) is not allowed',
        developerMessage: 'HTTP Method (DELETE) is not allowed, use only (GET) method',
        moreInfo: 'HTTP Method (DELETE) is not allowed, use only this (GET) method',
      },
    });
  });

  it('answers malformed JSON as unreadable and anything unknown as 500 Unexpected error', () => {
    const malformed = Object.assign(new SyntaxError('Unexpected token } in JSON at position 10'), {
      code: 'FST_ERR_CTP_INVALID_JSON_BODY',
      statusCode: 400,
    });
    expect(map(malformed, request('POST', '/learners')).body).toMatchObject({
      status: 'BAD_REQUEST',
      errorCode: 'Unreadable HTTP message',
    });
    // Finding 5: the cause's own text (a driver's, a library's) is never answered.
    expect(map(new Error('Connection terminated unexpectedly'), request('GET', '/match/A1234BC'))).toEqual({
      status: 500,
      body: {
        status: 'INTERNAL_SERVER_ERROR',
        errorCode: 'Unexpected error',
        userMessage: 'Unexpected error: Internal error',
        developerMessage: 'Unexpected error: Internal error',
        moreInfo: 'Unexpected error',
      },
    });
    const databaseError = new QueryFailedError('SELECT * FROM matches WHERE nomis_id = $1', ['A1'], {
      message: 'invalid byte sequence for encoding "UTF8": 0x00',
      code: '22021',
      severity: 'ERROR',
    } as unknown as Error);
    const answered = map(databaseError, request('GET', '/match/A1234BC'));
    expect(answered.body).toMatchObject({ userMessage: 'Unexpected error: Database error' });
    expect(JSON.stringify(answered.body)).not.toMatch(/matches|UTF8|SELECT/);
  });
});
