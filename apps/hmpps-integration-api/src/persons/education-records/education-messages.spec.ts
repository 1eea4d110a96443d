import { completionTimestamp, londonLocalDateTime } from './education-messages';

describe('education message fields', () => {
  it('writes occurredAt in UK local time without an offset, in summer and in winter', () => {
    expect(londonLocalDateTime(new Date('2025-07-01T11:05:09.042Z'))).toBe('2025-07-01T12:05:09.042');
    expect(londonLocalDateTime(new Date('2025-01-15T23:30:00.000Z'))).toBe('2025-01-15T23:30:00.000');
  });

  it.each([
    ['2023-12-31T16:00:00+00:00', '2023-12-31T16:00:00.000Z'],
    ['2023-12-31T16:00Z', '2023-12-31T16:00:00.000Z'],
    ['2023-06-30T16:00:00.5+01:00', '2023-06-30T16:00:00.500+01:00'],
    ['2023-06-30T16:00:00.123456-05:30', '2023-06-30T16:00:00.123-05:30'],
  ])('writes completionDateTime %s as %s (HEAD: yyyy-MM-ddTHH:mm:ss.SSSXXX)', (given, written) => {
    expect(completionTimestamp(given)).toBe(written);
  });
});
