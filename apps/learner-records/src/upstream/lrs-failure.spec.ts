import { ApiError } from '@libs/errors';
import { UpstreamStatusError, UpstreamTimeoutError } from '@libs/upstream';
import { isLrsOutage, lrsFailure } from './lrs-failure';

/** The shape the `soap` client rejects with when LRS answered with an HTTP error. */
function soapHttpFailure(status: number, body: string): Error {
  return Object.assign(new Error('Error http status codes'), { response: { status, data: body }, body });
}

const fault = (prefix: string, detail: string) =>
  `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault><faultcode>s:Server</faultcode>` +
  `<faultstring>uk.gov.miap.lrs.api.exceptions.MIAPAPIException</faultstring><detail>` +
  (detail
    ? `<${prefix}MIAPAPIException xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="http://api.lrs.miap.gov.uk/exceptions">${detail}</${prefix}MIAPAPIException>`
    : '') +
  `</detail></s:Fault></s:Body></s:Envelope>`;

const answer = (error: ApiError) => ({ status: error.status, body: error.body });

describe('lrsFailure', () => {
  it('answers 408 for a timeout, with the cause in the developer message', () => {
    const timeout = Object.assign(new Error('timeout of 1000ms exceeded'), { code: 'ECONNABORTED' });
    expect(answer(lrsFailure(timeout))).toEqual({
      status: 408,
      body: {
        status: 'REQUEST_TIMEOUT',
        errorCode: 'Request Timeout',
        userMessage: 'A request to an upstream service timed out.',
        developerMessage: 'timeout of 1000ms exceeded',
        moreInfo: 'A request timed out while waiting for a response from an upstream service.',
      },
    });
    expect(lrsFailure(new UpstreamTimeoutError('lrs', 1000, 'POST /LearnerService.svc')).status).toBe(408);
  });

  it('answers 424 for the DfE maintenance page', () => {
    const page =
      '<html><head><title>UnsupportedHttpVerb</title></head><body>The service is unavailable</body></html>';
    expect(answer(lrsFailure(soapHttpFailure(405, page)))).toEqual({
      status: 424,
      body: {
        status: 'FAILED_DEPENDENCY',
        errorCode: 'DfE API failed to Respond',
        userMessage: 'LRS API Dependency Failed - DfE API is under maintenance',
        developerMessage:
          'LRS API Dependency Failed - DfE API is under maintenance, please check DfE API maintenance window for more details',
        moreInfo: 'LRS API Dependency Failed - DfE API is under maintenance',
      },
    });
  });

  it.each(['ns10:', 'exc:', ''])(
    'answers 500 LRS Error with the parsed fault whatever the prefix (%p)',
    (prefix) => {
      const detail =
        '<ErrorCode>WSEC0001</ErrorCode><ErrorActor>MSGValidator.validateSOAPMSG()</ErrorActor>' +
        '<Description>Invalid request &amp; badly formed</Description><ErrorTimestamp>2025-01-14 15:23:47</ErrorTimestamp>';
      const message =
        'LRS returned an error: MIAPAPIException(errorCode=WSEC0001, errorActor=MSGValidator.validateSOAPMSG(), ' +
        'description=Invalid request & badly formed, furtherDetails=null, errorTimestamp=2025-01-14 15:23:47)';
      expect(answer(lrsFailure(soapHttpFailure(500, fault(prefix, detail))))).toEqual({
        status: 500,
        body: {
          status: 'INTERNAL_SERVER_ERROR',
          errorCode: 'LRS Error',
          userMessage: message,
          developerMessage: message,
          moreInfo: 'LRS Error',
        },
      });
    },
  );

  it('reads the fault from a library status error too', () => {
    const text = fault('ns10:', '<ErrorCode>WSEC0002</ErrorCode>');
    const error = new UpstreamStatusError('lrs', 500, undefined, text, 'LRS answered 500');
    expect((lrsFailure(error).body as { userMessage: string }).userMessage).toContain(
      'errorCode=WSEC0002, errorActor=null',
    );
  });

  it('answers Unparsable LRS Error for an error-status fault without MIAPAPIException detail', () => {
    expect(answer(lrsFailure(soapHttpFailure(500, fault('', ''))))).toEqual({
      status: 500,
      body: {
        status: 'INTERNAL_SERVER_ERROR',
        errorCode: 'Unexpected error',
        userMessage: 'Unexpected error: Unparsable LRS Error',
        developerMessage: 'Unexpected error: Unparsable LRS Error',
        moreInfo: 'Unexpected error',
      },
    });
  });

  it('answers LRS Error without detail for a fault with no exception sent with 200', () => {
    expect(answer(lrsFailure(soapHttpFailure(200, fault('', ''))))).toEqual({
      status: 500,
      body: {
        status: 'INTERNAL_SERVER_ERROR',
        errorCode: 'LRS Error',
        userMessage: 'LRS returned an error without detail',
        developerMessage: 'LRS returned an error without detail',
        moreInfo: 'LRS Error',
      },
    });
  });

  it('treats a fault sent with 200 as an LRS error rather than an empty answer', () => {
    expect(lrsFailure(soapHttpFailure(200, fault('ns10:', '<ErrorCode>WSEC0003</ErrorCode>'))).status).toBe(
      500,
    );
  });

  it('names the unreadable LRS answer for a 200 that is not XML', () => {
    const notXml = {
      Fault: {
        faultcode: 500,
        faultstring: 'Invalid XML',
        detail: 'Error: Non-whitespace before first tag.',
      },
      response: { status: 200, data: 'not xml' },
      body: 'not xml',
    };
    expect(answer(lrsFailure(notXml))).toEqual({
      status: 500,
      body: {
        status: 'INTERNAL_SERVER_ERROR',
        errorCode: 'Unexpected error',
        userMessage: 'Unexpected error: LRS answer unreadable: Invalid XML',
        developerMessage: 'Unexpected error: LRS answer unreadable: Invalid XML',
        moreInfo: 'Unexpected error',
      },
    });
  });

  it('answers Unparsable LRS Error for an error status without a fault', () => {
    expect(answer(lrsFailure(soapHttpFailure(404, 'Request was not matched')))).toEqual({
      status: 500,
      body: {
        status: 'INTERNAL_SERVER_ERROR',
        errorCode: 'Unexpected error',
        userMessage: 'Unexpected error: Unparsable LRS Error',
        developerMessage: 'Unexpected error: Unparsable LRS Error',
        moreInfo: 'Unexpected error',
      },
    });
  });

  it('answers 500 Unexpected error for a connection failure', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    expect((lrsFailure(refused).body as { userMessage: string }).userMessage).toBe(
      'Unexpected error: connect ECONNREFUSED 127.0.0.1:9',
    );
  });
});

describe('isLrsOutage', () => {
  it('counts the maintenance page and 5xx answers that are not SOAP faults', () => {
    expect(isLrsOutage(soapHttpFailure(503, ''))).toBe(true);
    expect(isLrsOutage(soapHttpFailure(500, '{"error":"injected"}'))).toBe(true);
    expect(isLrsOutage(soapHttpFailure(405, '<title>UnsupportedHttpVerb</title>'))).toBe(true);
  });

  it('does not count SOAP faults, 4xx answers, unreadable 2xx answers or errors without an answer', () => {
    expect(isLrsOutage(soapHttpFailure(500, fault('ns10:', '<ErrorCode>WSEC0001</ErrorCode>')))).toBe(false);
    expect(isLrsOutage(soapHttpFailure(500, fault('', '')))).toBe(false);
    expect(isLrsOutage(soapHttpFailure(404, 'not found'))).toBe(false);
    expect(isLrsOutage(soapHttpFailure(200, 'not xml'))).toBe(false);
    expect(isLrsOutage(new Error('boom'))).toBe(false);
  });
});
