import { NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { RequestValidationError } from '@libs/platform';
import { UnsupportedBodyTypeError } from '../match/platform-errors';
import { brmErrorMapper } from './brm-error-mapper';
import { BrmErrors, BrmFailure } from './brm-errors';

const request = { method: 'GET', url: '/birth-registration-matching/nowhere?x=1' } as FastifyRequest;

describe('brmErrorMapper', () => {
  it('answers an unknown route with the platform 404 naming the path', () => {
    expect(
      brmErrorMapper(new NotFoundException('Cannot GET /birth-registration-matching/nowhere?x=1'), request),
    ).toEqual({
      status: 404,
      body: { statusCode: 404, message: 'URI not found', requested: '/birth-registration-matching/nowhere' },
    });
  });

  it('does not echo the parser message of a malformed body', () => {
    const error = Object.assign(new SyntaxError('Unexpected token "Gibby Haynes"'), { statusCode: 400 });
    const mapped = brmErrorMapper(error, request);
    expect(mapped.status).toBe(400);
    expect(JSON.stringify(mapped.body)).not.toContain('Gibby');
  });

  it('maps oversized bodies and wrong media types', () => {
    expect(brmErrorMapper(new PayloadTooLargeException(), request)).toEqual({
      status: 413,
      body: { statusCode: 413, message: 'Request Entity Too Large' },
    });
    expect(
      brmErrorMapper({ code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415, message: 'x' }, request),
    ).toEqual({
      status: 415,
      body: { statusCode: 415, message: 'Expecting text/json or application/json body' },
    });
  });

  it('renders BRM failures in the HMRC envelope with the vendor Accept header', () => {
    expect(brmErrorMapper(new BrmFailure(BrmErrors.nrsConnectionDown), request)).toEqual({
      status: 503,
      body: { code: 'NRS_CONNECTION_DOWN', message: 'National Records Scotland: Scotland is unavailable' },
      headers: { Accept: 'application/vnd.hmrc.1.0+json' },
    });
  });

  it('renders a refused body as the first error of BRM order', () => {
    const error = new RequestValidationError('body', [
      { path: 'lastName', constraints: { brmName: 'lastName is invalid' }, value: '' },
      { path: 'whereBirthRegistered', constraints: { registeredCountry: 'x' }, value: 'fiji' },
    ]);
    expect(brmErrorMapper(error, request)).toEqual({
      status: 403,
      body: { code: 'INVALID_WHERE_BIRTH_REGISTERED', message: 'Provided Country is invalid.' },
      headers: { Accept: 'application/vnd.hmrc.1.0+json' },
    });
  });

  it('answers a body not declared as JSON with the platform 415', () => {
    expect(brmErrorMapper(new UnsupportedBodyTypeError(), request)).toEqual({
      status: 415,
      body: { statusCode: 415, message: 'Expecting text/json or application/json body' },
    });
  });

  it('hides the message of an unexpected error', () => {
    expect(brmErrorMapper(new Error('secret detail'), request)).toEqual({
      status: 500,
      body: { statusCode: 500, message: 'An unexpected error occurred.' },
    });
  });
});
