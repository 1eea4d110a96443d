import { NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { brmErrorMapper } from './brm-error-mapper';

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

  it('hides the message of an unexpected error', () => {
    expect(brmErrorMapper(new Error('secret detail'), request)).toEqual({
      status: 500,
      body: { statusCode: 500, message: 'An unexpected error occurred.' },
    });
  });
});
