import { desDateTime } from './des.client';
import { detailsForenames } from './details-forenames';

describe('DES request values', () => {
  it('formats DateTime as local time with milliseconds and no zone', () => {
    expect(desDateTime(new Date(2017, 0, 2, 3, 4, 5, 6))).toBe('2017-01-02T03:04:05.006');
  });

  it('sends additional names in details searches unless they are ignored', () => {
    const payload = {
      firstName: 'Adam',
      additionalNames: 'David James',
      lastName: 'Smith',
      dateOfBirth: { year: 2012, month: 1, day: 1 },
      whereBirthRegistered: 'scotland' as const,
    };
    expect(detailsForenames(payload, false)).toBe('Adam David James');
    expect(detailsForenames(payload, true)).toBe('Adam');
    expect(detailsForenames({ ...payload, additionalNames: undefined }, false)).toBe('Adam');
  });
});
