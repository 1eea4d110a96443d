import { validatePayload } from './payload-validator';

const valid = {
  birthReferenceNumber: '123456789',
  firstName: 'Adam',
  additionalNames: 'David',
  lastName: 'Smith',
  dateOfBirth: '2012-02-16',
  whereBirthRegistered: 'england',
};

function codeFor(body: unknown): string | undefined {
  const { result } = validatePayload(body);
  return result.valid ? undefined : result.error.body.code;
}

describe('validatePayload', () => {
  it('accepts a full payload and normalises names', () => {
    const { result, country } = validatePayload({
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

  it('treats a missing or null reference number and additional names as absent', () => {
    const { result } = validatePayload({ ...valid, birthReferenceNumber: null, additionalNames: null });
    expect(result.valid && result.payload.birthReferenceNumber).toBeUndefined();
    expect(result.valid && result.payload.additionalNames).toBeUndefined();
    const { birthReferenceNumber: _b, additionalNames: _a, ...minimal } = valid;
    expect(validatePayload(minimal).result.valid).toBe(true);
  });

  it.each([
    ['firstName', { firstName: undefined }, 'BAD_REQUEST'],
    ['lastName', { lastName: undefined }, 'BAD_REQUEST'],
    ['dateOfBirth', { dateOfBirth: undefined }, 'BAD_REQUEST'],
    ['whereBirthRegistered', { whereBirthRegistered: undefined }, 'BAD_REQUEST'],
  ])('answers BAD_REQUEST when %s is missing', (_field, change, code) => {
    expect(codeFor({ ...valid, ...change })).toBe(code);
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
  ])('rejects %p with %s', (change, code) => {
    const { result } = validatePayload({ ...valid, ...change });
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
  ])('checks the reference number for %s: %s', (where, reference, accepted) => {
    const { result } = validatePayload({
      ...valid,
      whereBirthRegistered: where,
      birthReferenceNumber: reference,
    });
    expect(result.valid).toBe(accepted);
  });

  it.each([[[]], ['a string'], [null], [42]])('treats the non-object body %p as all keys missing', (body) => {
    expect(codeFor(body)).toBe('BAD_REQUEST');
  });

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
    ])('%p → %s', (change, code) => expect(codeFor({ ...valid, ...change })).toBe(code));
  });

  it('reports what the country field held, even for an invalid payload', () => {
    expect(validatePayload({ ...valid, firstName: '' }).country).toBe('england');
    expect(validatePayload({ ...valid, whereBirthRegistered: 'Northern Ireland' }).country).toBe(
      'northern ireland',
    );
    expect(validatePayload({ ...valid, whereBirthRegistered: 'fiji' }).country).toBe('invalid');
    expect(validatePayload({ ...valid, whereBirthRegistered: undefined }).country).toBe('absent');
  });
});
