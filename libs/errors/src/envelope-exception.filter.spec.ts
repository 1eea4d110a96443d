import { Logger } from '@nestjs/common';
import { ApiError } from './api-error';
import { ErrorRequest, MappedError, renderError } from './envelope-exception.filter';
import { httpStatusName } from './http-status-name';

const REQUEST: ErrorRequest = { id: 'req-1', method: 'GET', url: '/things/1', headers: {} };

describe('renderError', () => {
  let logged: unknown[][];
  beforeEach(() => {
    logged = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(args);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  const mapperAnswering = (mapped: MappedError) => jest.fn(() => mapped);

  it('writes an ApiError exactly as decided, without asking the mapper', () => {
    const mapper = mapperAnswering({ status: 500, body: null });
    const rendered = renderError(
      mapper,
      new ApiError(409, { code: 'DUPLICATE' }, { 'retry-after': '5' }),
      REQUEST,
    );
    expect(rendered).toEqual({
      status: 409,
      headers: { 'retry-after': '5', 'content-type': 'application/json' },
      payload: '{"code":"DUPLICATE"}',
    });
    expect(mapper).not.toHaveBeenCalled();
  });

  it('gives everything else to the app’s mapper, with the request', () => {
    const mapper = mapperAnswering({ status: 404, body: { status: 404, userMessage: 'Not found' } });
    const error = new Error('nothing here');
    expect(renderError(mapper, error, REQUEST)).toMatchObject({
      status: 404,
      payload: '{"status":404,"userMessage":"Not found"}',
    });
    expect(mapper).toHaveBeenCalledWith(error, REQUEST);
  });

  it('sends a text body as it is and no body at all for null or empty text', () => {
    expect(renderError(mapperAnswering({ status: 400, body: 'plain words' }), new Error(), REQUEST)).toEqual({
      status: 400,
      headers: {},
      payload: 'plain words',
    });
    expect(renderError(mapperAnswering({ status: 204, body: null }), new Error(), REQUEST)).toEqual({
      status: 204,
      headers: {},
    });
    expect(renderError(mapperAnswering({ status: 401, body: '' }), new Error(), REQUEST)).not.toHaveProperty(
      'payload',
    );
  });

  it('answers a plain 500, never the failure’s text, when the mapper itself fails', () => {
    const mapper = jest.fn(() => {
      throw new Error('mapper bug: cannot read properties of undefined (reading "status")');
    });
    expect(renderError(mapper, new Error('original'), REQUEST)).toEqual({
      status: 500,
      headers: { 'content-type': 'application/json' },
      payload: '{"status":500,"message":"Unexpected error"}',
    });
  });

  it('strips what HTTP forbids from header values, so a value holding request text cannot break the answer', () => {
    const mapped = {
      status: 400,
      body: null,
      headers: { location: '/x\r\nSet-Cookie: evil=1', 'x-why': 'caf\u00e9\ttab' },
    };
    expect(renderError(mapperAnswering(mapped), new Error(), REQUEST).headers).toEqual({
      location: '/xSet-Cookie: evil=1',
      'x-why': 'caf\ttab',
    });
  });

  it('logs a 5xx by the error’s name and message only, and nothing for a 4xx', () => {
    const upstream = Object.assign(new Error('prison-api answered 503'), {
      name: 'UpstreamStatusError',
      token: 'secret-token',
    });
    renderError(mapperAnswering({ status: 502, body: null }), upstream, REQUEST);
    expect(logged).toHaveLength(1);
    expect(JSON.stringify(logged[0])).toContain('prison-api answered 503');
    expect(JSON.stringify(logged[0])).not.toContain('secret-token');
    renderError(mapperAnswering({ status: 404, body: null }), new Error('not found'), REQUEST);
    expect(logged).toHaveLength(1);
  });
});

describe('httpStatusName', () => {
  it('names statuses as Spring’s HttpStatus does, where Nest names them otherwise', () => {
    expect(httpStatusName(424)).toBe('FAILED_DEPENDENCY');
    expect(httpStatusName(404)).toBe('NOT_FOUND');
    expect(httpStatusName(413)).toBe('PAYLOAD_TOO_LARGE');
    expect(httpStatusName(414)).toBe('URI_TOO_LONG');
    expect(httpStatusName(421)).toBe('MISDIRECTED_REQUEST');
  });

  it('falls back to the number for a status with no name', () => {
    expect(httpStatusName(599)).toBe('599');
  });
});
