import {
  UpstreamCircuitOpenError,
  UpstreamConnectionError,
  UpstreamTimeoutError,
  isUpstreamOutage,
} from '@libs/upstream';
import { learnerRecordsErrorMapper } from '../errors/learner-records-error-mapper';
import { KnownRoutes } from '../errors/known-routes';
import { isLrsOutage, LrsFaultError, LrsMaintenanceError, toLrsError } from './lrs-failure';

/**
 * What the `soap` client rejects with when LRS answered with an error (its own shape: the HTTP response,
 * its text and, for a fault, the envelope it parsed with prefixes resolved and entities decoded).
 */
function soapFailure(status: number, body: string, fault?: Record<string, unknown>): Error {
  return Object.assign(new Error(fault ? 's:Server: fault' : 'Error http status codes'), {
    response: { status, data: body },
    body,
    ...(fault && { root: { Envelope: { Body: { Fault: fault } } } }),
  });
}

const FAULT_TEXT = '<s:Envelope><s:Body><s:Fault>…</s:Fault></s:Body></s:Envelope>';
const faultWith = (detail: unknown) => ({
  faultcode: 's:Server',
  faultstring: 'uk.gov.miap.lrs.api.exceptions.MIAPAPIException',
  detail,
});

const mapper = learnerRecordsErrorMapper(new KnownRoutes());
const answerTo = (failure: unknown) => {
  const { status, body } = mapper(toLrsError(failure), {
    id: '1',
    method: 'POST',
    url: '/learners',
    headers: {},
  });
  return { status, body };
};
const unexpected = (message: string) => ({
  status: 500,
  body: {
    status: 'INTERNAL_SERVER_ERROR',
    errorCode: 'Unexpected error',
    userMessage: `Unexpected error: ${message}`,
    developerMessage: `Unexpected error: ${message}`,
    moreInfo: 'Unexpected error',
  },
});

describe('LRS failures: typed upstream errors, rendered by the error mapper', () => {
  it('answers 408 for a timeout, with the cause in the developer message', () => {
    const timeout = new UpstreamTimeoutError('lrs', 1000, 'POST /LearnerService.svc');
    expect(toLrsError(timeout)).toBe(timeout);
    expect(answerTo(timeout)).toEqual({
      status: 408,
      body: {
        status: 'REQUEST_TIMEOUT',
        errorCode: 'Request Timeout',
        userMessage: 'A request to an upstream service timed out.',
        developerMessage: 'lrs did not answer POST /LearnerService.svc within 1000 ms',
        moreInfo: 'A request timed out while waiting for a response from an upstream service.',
      },
    });
  });

  it('answers 424 for the DfE maintenance page', () => {
    const page = '<html><head><title>UnsupportedHttpVerb</title></head><body>unavailable</body></html>';
    expect(toLrsError(soapFailure(405, page))).toBeInstanceOf(LrsMaintenanceError);
    expect(answerTo(soapFailure(405, page))).toEqual({
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

  it("answers 500 LRS Error with the fault's MIAPAPIException as soap parsed it, absent fields null", () => {
    const exception = {
      ErrorCode: 'WSEC0001',
      ErrorActor: 'MSGValidator.validateSOAPMSG()',
      Description: 'Invalid request & badly formed',
      ErrorTimestamp: '2025-01-14 15:23:47',
    };
    const failure = soapFailure(500, FAULT_TEXT, faultWith({ MIAPAPIException: exception }));
    expect(toLrsError(failure)).toBeInstanceOf(LrsFaultError);
    const message =
      'LRS returned an error: MIAPAPIException(errorCode=WSEC0001, errorActor=MSGValidator.validateSOAPMSG(), ' +
      'description=Invalid request & badly formed, furtherDetails=null, errorTimestamp=2025-01-14 15:23:47)';
    expect(answerTo(failure)).toEqual({
      status: 500,
      body: {
        status: 'INTERNAL_SERVER_ERROR',
        errorCode: 'LRS Error',
        userMessage: message,
        developerMessage: message,
        moreInfo: 'LRS Error',
      },
    });
  });

  it('answers Unparsable LRS Error for an error status without MIAPAPIException detail, fault or not', () => {
    expect(answerTo(soapFailure(500, FAULT_TEXT, faultWith('')))).toEqual(unexpected('Unparsable LRS Error'));
    expect(answerTo(soapFailure(404, 'Request was not matched'))).toEqual(unexpected('Unparsable LRS Error'));
  });

  it('answers LRS Error for a fault sent with 200, with or without detail', () => {
    expect(answerTo(soapFailure(200, FAULT_TEXT, faultWith('')))).toMatchObject({
      status: 500,
      body: { errorCode: 'LRS Error', userMessage: 'LRS returned an error without detail' },
    });
    const detailed = soapFailure(200, FAULT_TEXT, faultWith({ MIAPAPIException: { ErrorCode: 'WSEC0003' } }));
    expect(answerTo(detailed).body).toMatchObject({ errorCode: 'LRS Error' });
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
    expect(answerTo(notXml)).toEqual(unexpected('LRS answer unreadable: Invalid XML'));
  });

  it('answers 500 Unexpected error naming a connection failure or the open circuit', () => {
    expect(answerTo(new UpstreamConnectionError('lrs', 'ECONNREFUSED', 'POST /LearnerService.svc'))).toEqual(
      unexpected('Connection to lrs failed for POST /LearnerService.svc (ECONNREFUSED)'),
    );
    expect(answerTo(new UpstreamCircuitOpenError('lrs'))).toEqual(
      unexpected('lrs is unavailable: circuit breaker open after repeated failures'),
    );
  });
});

describe('what the LRS circuit breaker counts', () => {
  const counts = (failure: unknown) => {
    const error = toLrsError(failure);
    return isUpstreamOutage('lrs', error) || isLrsOutage(error);
  };

  it('counts the maintenance page and 5xx answers that are not SOAP faults', () => {
    expect(counts(soapFailure(503, ''))).toBe(true);
    expect(counts(soapFailure(500, '{"error":"injected"}'))).toBe(true);
    expect(counts(soapFailure(405, '<title>UnsupportedHttpVerb</title>'))).toBe(true);
  });

  it('does not count SOAP faults, 4xx answers, unreadable 2xx answers or errors without an answer', () => {
    expect(counts(soapFailure(500, FAULT_TEXT, faultWith({ MIAPAPIException: { ErrorCode: 'X' } })))).toBe(
      false,
    );
    expect(counts(soapFailure(500, FAULT_TEXT, faultWith('')))).toBe(false);
    expect(counts(soapFailure(404, 'not found'))).toBe(false);
    expect(counts(soapFailure(200, 'not xml'))).toBe(false);
    expect(counts(new Error('boom'))).toBe(false);
  });
});
