import { parseLearnerData } from './learner-data.answer';
import { isPastDate, isUln, normaliseMobile } from '../vera/learner-inputs';
import { parseQrCode } from './qr-code';
import { parseShareResponse } from './share-response';

const C1 = '3f2b8c1e-0d4a-4b6c-9e7f-1a2b3c4d5e6f';
const C9 = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

describe('parseLearnerData', () => {
  const record = {
    uln: '9990000011',
    firstName: 'Sam',
    lastName: "O'Connor",
    freeSchoolMealEligible: '1',
    freeSchoolMealEligibleLatest: { term: '2', academicYear: '2023/24' },
    qualifications: [
      { title: 'Second', displaySort: '2' },
      { title: 'Unsorted' },
      { title: 'First', displaySort: 1 },
      'not a row',
    ],
    schools: [
      { name: 'Later', urn: '107947', termStart: null, displaySort: 5 },
      { name: 'Earlier', urn: 107912, displaySort: 1 },
    ],
    unknownExtra: true,
  };

  it('accepts numbers sent as strings and sorts rows by displaySort', () => {
    const learner = parseLearnerData(record);
    expect(learner).toMatchObject({
      uln: 9990000011,
      firstName: 'Sam',
      middleNames: null,
      freeSchoolMealEligible: 1,
    });
    expect(learner?.freeSchoolMealEligibleLatest).toEqual({ term: 2, academicYear: '2023/24' });
    expect(learner?.qualifications.map((q) => q.title)).toEqual(['First', 'Second', 'Unsorted']);
    expect(learner?.schools.map((s) => [s.name, s.urn])).toEqual([
      ['Earlier', 107912],
      ['Later', 107947],
    ]);
    expect(learner).not.toHaveProperty('unknownExtra');
  });

  it('writes dates as yyyy-MM-dd when VERA sends a date or a midnight date-time, and keeps other text', () => {
    const learner = parseLearnerData({
      uln: 9990000011,
      dateOfBirth: '2008-09-02T00:00:00',
      qualifications: [
        { awardDate: '2024-08-22' },
        { awardDate: 'Summer 2024' },
        { awardDate: '2024-02-30' },
      ],
    });
    expect(learner?.dateOfBirth).toBe('2008-09-02');
    expect(learner?.qualifications.map((q) => q.awardDate)).toEqual([
      '2024-08-22',
      'Summer 2024',
      '2024-02-30',
    ]);
  });

  it('treats missing lists as empty and a null FSM as unknown rather than failing', () => {
    const learner = parseLearnerData({ uln: 9990000037, qualifications: null, freeSchoolMealEligible: null });
    expect(learner).toMatchObject({ qualifications: [], schools: [], freeSchoolMealEligible: null });
  });

  it.each([[null], ['text'], [[]], [{ firstName: 'No ULN' }], [{ uln: '12345' }], [{ uln: 'abcdefghij' }]])(
    'returns null for a body that is not a learner record: %p',
    (body) => {
      expect(parseLearnerData(body)).toBeNull();
    },
  );
});

describe('parseQrCode', () => {
  it('reads expiry as number or string and converts it to an instant', () => {
    const qr = parseQrCode({
      correlationId: C1,
      expiry: '1767225600',
      qrCode: 'data:image/png;base64,iVBORw0KGgo=',
      url: 'u',
    });
    expect(qr).toMatchObject({
      correlationId: C1,
      expiresAt: '2026-01-01T00:00:00.000Z',
    });
    expect(qr?.qrCode).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(parseQrCode({ correlationId: C1, expiry: 1767225600000 })?.expiresAt).toBe(
      '2026-01-01T00:00:00.000Z',
    );
  });

  it('drops an image that is not a raster data URL, so it never reaches <img src>', () => {
    expect(parseQrCode({ correlationId: C1, qrCode: 'javascript:alert(1)' })?.qrCode).toBeNull();
    expect(
      parseQrCode({ correlationId: C1, qrCode: 'data:image/svg+xml;base64,PHN2Zz4=' })?.qrCode,
    ).toBeNull();
  });

  it('returns null without a GUID correlation id (it could never be polled)', () => {
    expect(parseQrCode({ qrCode: 'data:image/png;base64,AA==' })).toBeNull();
    expect(parseQrCode({ correlationId: 'not-a-uuid' })).toBeNull();
    expect(parseShareResponse({ correlationId: 'c9', code: '123456' })).toBeNull();
  });
});

describe('parseShareResponse', () => {
  it('reads any casing and a numeric code', () => {
    expect(parseShareResponse({ CorrelationId: C9, Code: 123456 })).toEqual({
      correlationId: C9,
      code: '123456',
    });
    expect(parseShareResponse({ correlationId: C9 })).toBeNull();
  });
});

describe('learner inputs', () => {
  it('accepts exactly 10-digit ULNs', () => {
    expect(['9990000011', '123456789', '12345678901', '99900000a1', ' 9990000011'].map(isUln)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('normalises mobile numbers by removing spaces', () => {
    expect(normaliseMobile('07700 900 123')).toBe('07700900123');
    expect(normaliseMobile('+44 7700 900123')).toBe('+447700900123');
    expect(normaliseMobile('0770-090-0123')).toBeNull();
    expect(normaliseMobile('12345')).toBeNull();
  });

  it('accepts only real past dates', () => {
    const today = new Date('2026-11-21T12:00:00Z');
    expect(isPastDate('2008-09-02', today)).toBe(true);
    expect(isPastDate('2008-02-30', today)).toBe(false);
    expect(isPastDate('2026-11-21', today)).toBe(false);
    expect(isPastDate('1899-12-31', today)).toBe(false);
    expect(isPastDate('02-09-2008', today)).toBe(false);
  });
});
