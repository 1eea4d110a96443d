import { RequestValidationError, RequestValidationPipe } from '@libs/platform';
import { BRM_PLATFORM_OPTIONS } from '../platform-options';
import { MatchRequestDto, toMatchPayload } from '../match/match-request.dto';
import type { BrmError } from '../errors/brm-errors';
import type { MatchPayload } from './match-payload';
import { countrySeen, payloadError } from './payload-error';

/** The platform's pipe with BRM's options, then BRM's formatter: what a request body goes through. */
const pipe = new RequestValidationPipe(BRM_PLATFORM_OPTIONS.validation);

type Result = { valid: true; payload: MatchPayload } | { valid: false; error: BrmError };

async function validatePayload(body: unknown): Promise<{ result: Result; country: string }> {
  const country = countrySeen(body);
  try {
    const dto = (await pipe.transform(body, { type: 'body', metatype: MatchRequestDto })) as MatchRequestDto;
    return { country, result: { valid: true, payload: toMatchPayload(dto) } };
  } catch (error) {
    if (!(error instanceof RequestValidationError)) throw error;
    return { country, result: { valid: false, error: payloadError(error) } };
  }
}

const valid = {
  birthReferenceNumber: '123456789',
  firstName: 'Adam',
  additionalNames: 'David',
  lastName: 'Smith',
  dateOfBirth: '2012-02-16',
  whereBirthRegistered: 'england',
};

async function codeFor(body: unknown): Promise<string | undefined> {
  const { result } = await validatePayload(body);
  return result.valid ? undefined : result.error.body.code;
}

describe('the match body: MatchRequestDto through the platform pipe, then payloadError', () => {
  it('accepts a full payload and normalises names', async () => {
    const { result, country } = await validatePayload({
      ...valid,
      firstName: '  Adam  TEST ',
      lastName: ' Jones\tSmith',
      whereBirthRegistered: ' WalEs ',
      extra: 'ignored',
    });
    expect(country).toBe('wales');
    expect(result).toEqual({
      valid: true,
      payload: {
        birthReferenceNumber: '123456789',
        firstName: 'Adam TEST',
        additionalNames: 'David',
        lastName: 'Jones Smith',
        dateOfBirth: { year: 2012, month: 2, day: 16 },
        whereBirthRegistered: 'wales',
      },
    });
  });

  it('treats a missing or null reference number and additional names as absent', async () => {
    const { result } = await validatePayload({ ...valid, birthReferenceNumber: null, additionalNames: null });
    expect(result.valid && result.payload.birthReferenceNumber).toBeUndefined();
    expect(result.valid && result.payload.additionalNames).toBeUndefined();
    const { birthReferenceNumber: _b, additionalNames: _a, ...minimal } = valid;
    expect((await validatePayload(minimal)).result.valid).toBe(true);
  });

  it.each([
    ['firstName', { firstName: undefined }, 'BAD_REQUEST'],
    ['lastName', { lastName: undefined }, 'BAD_REQUEST'],
    ['dateOfBirth', { dateOfBirth: undefined }, 'BAD_REQUEST'],
    ['whereBirthRegistered', { whereBirthRegistered: undefined }, 'BAD_REQUEST'],
  ])('answers BAD_REQUEST when %s is missing', async (_field, change, code) => {
    expect(await codeFor({ ...valid, ...change })).toBe(code);
  });

  it.each([
    [{ firstName: '' }, 'INVALID_FIRSTNAME'],
    [{ firstName: null }, 'INVALID_FIRSTNAME'],
    [{ firstName: 12 }, 'INVALID_FIRSTNAME'],
    [{ firstName: 'Ad.am' }, 'INVALID_FIRSTNAME'],
    [{ additionalNames: '' }, 'INVALID_ADDITIONALNAMES'],
    [{ additionalNames: 'a'.repeat(251) }, 'INVALID_ADDITIONALNAMES'],
    [{ additionalNames: true }, 'INVALID_ADDITIONALNAMES'],
    [{ lastName: '   ' }, 'INVALID_LASTNAME'],
    [{ lastName: ['Smith'] }, 'INVALID_LASTNAME'],
    [{ dateOfBirth: '2012-02-30' }, 'INVALID_DATE_OF_BIRTH'],
    [{ dateOfBirth: '1899-12-31' }, 'INVALID_DATE_OF_BIRTH'],
    [{ dateOfBirth: null }, 'INVALID_DATE_OF_BIRTH'],
    [{ dateOfBirth: 20120216 }, 'INVALID_DATE_OF_BIRTH'],
    [{ whereBirthRegistered: 'fiji' }, 'INVALID_WHERE_BIRTH_REGISTERED'],
    [{ whereBirthRegistered: 'northern  ireland' }, 'INVALID_WHERE_BIRTH_REGISTERED'],
    [{ whereBirthRegistered: '' }, 'INVALID_WHERE_BIRTH_REGISTERED'],
    [{ whereBirthRegistered: null }, 'INVALID_WHERE_BIRTH_REGISTERED'],
    [{ whereBirthRegistered: 1 }, 'INVALID_WHERE_BIRTH_REGISTERED'],
    [{ birthReferenceNumber: 123456789 }, 'INVALID_BIRTH_REFERENCE_NUMBER'],
    [{ birthReferenceNumber: '' }, 'INVALID_BIRTH_REFERENCE_NUMBER'],
    [{ birthReferenceNumber: '12345678' }, 'INVALID_BIRTH_REFERENCE_NUMBER'],
    [{ birthReferenceNumber: '12345678a' }, 'INVALID_BIRTH_REFERENCE_NUMBER'],
    [{ birthReferenceNumber: ' 123456789' }, 'INVALID_BIRTH_REFERENCE_NUMBER'],
    [{ birthReferenceNumber: '１２３４５６７８９' }, 'INVALID_BIRTH_REFERENCE_NUMBER'],
  ])('rejects %p with %s', async (change, code) => {
    const { result } = await validatePayload({ ...valid, ...change });
    expect(result.valid).toBe(false);
    expect(!result.valid && result.error.body.code).toBe(code);
    expect(!result.valid && result.error.status).toBe(code === 'INVALID_WHERE_BIRTH_REGISTERED' ? 403 : 400);
  });

  it.each([
    ['england', '123456789', true],
    ['wales', '1234567890', false],
    ['scotland', '2017734003', true],
    ['scotland', '201773400', false],
    ['northern ireland', '1', true],
    ['northern ireland', '12345678901234567890', true],
    ['northern ireland', '1-2', false],
  ])('checks the reference number for %s: %s', async (where, reference, accepted) => {
    const { result } = await validatePayload({
      ...valid,
      whereBirthRegistered: where,
      birthReferenceNumber: reference,
    });
    expect(result.valid).toBe(accepted);
  });

  it.each([[[]], ['a string'], [null], [42]])(
    'treats the non-object body %p as all keys missing',
    async (body) => {
      expect(await codeFor(body)).toBe('BAD_REQUEST');
    },
  );

  describe('one error by fixed field order', () => {
    it.each([
      [{ firstName: undefined, lastName: '' }, 'BAD_REQUEST'],
      [{ firstName: '', birthReferenceNumber: 1 }, 'INVALID_FIRSTNAME'],
      [{ birthReferenceNumber: 1, additionalNames: '' }, 'INVALID_BIRTH_REFERENCE_NUMBER'],
      [{ additionalNames: '', whereBirthRegistered: 'fiji', lastName: '' }, 'INVALID_ADDITIONALNAMES'],
      [{ lastName: '', whereBirthRegistered: 'fiji' }, 'INVALID_WHERE_BIRTH_REGISTERED'],
      [{ whereBirthRegistered: undefined, lastName: '' }, 'BAD_REQUEST'],
      [{ dateOfBirth: undefined, lastName: '' }, 'INVALID_LASTNAME'],
      [{ dateOfBirth: 'x', birthReferenceNumber: '1' }, 'INVALID_DATE_OF_BIRTH'],
    ])('%p → %s', async (change, code) => expect(await codeFor({ ...valid, ...change })).toBe(code));
  });

  it('reports what the country field held, even for an invalid payload', async () => {
    expect((await validatePayload({ ...valid, firstName: '' })).country).toBe('england');
    expect((await validatePayload({ ...valid, whereBirthRegistered: 'Northern Ireland' })).country).toBe(
      'northern ireland',
    );
    expect((await validatePayload({ ...valid, whereBirthRegistered: 'fiji' })).country).toBe('invalid');
    expect((await validatePayload({ ...valid, whereBirthRegistered: undefined })).country).toBe('absent');
  });
});
