import { RecordParseError } from '../records/birth-record';
import { readGroRecords } from './gro-record-reader';
import { readNrsRecords } from './nrs-record-reader';

const groV0 = (change: Record<string, unknown> = {}) => ({
  systemNumber: 400000001,
  subjects: { child: { name: { givenName: 'Gibby', surname: 'Haynes' }, dateOfBirth: '2011-10-01' } },
  status: {
    potentiallyFictitiousBirth: false,
    correction: 'None',
    cancelled: false,
    blockedRegistration: true,
    marginalNote: 'Other',
    reRegistered: 'None',
  },
  ...change,
});

describe('readGroRecords (v0)', () => {
  it('reads one record or a list', () => {
    const [record] = readGroRecords(groV0(), 'v0');
    expect(record).toEqual({
      referenceNumber: 400000001,
      forenames: 'Gibby',
      lastName: 'Haynes',
      dateOfBirth: { year: 2011, month: 10, day: 1 },
      flags: {
        registry: 'gro',
        format: 'v0',
        potentiallyFictitious: false,
        blocked: true,
        cancelled: false,
        correction: 'None',
        marginalNote: 'Other',
        reRegistered: 'None',
      },
    });
    expect(readGroRecords([groV0(), groV0({ systemNumber: 2 })], 'v0').map((r) => r.referenceNumber)).toEqual(
      [400000001, 2],
    );
  });

  it.each([[{}], [[]], ['text'], [42], [null], [{ systemNumber: '400000001' }], [{ systemNumber: 2 ** 31 }]])(
    'gives no records for %p',
    (json) => expect(readGroRecords(json, 'v0')).toEqual([]),
  );

  it('fails a list holding an unreadable record', () => {
    expect(() => readGroRecords([groV0(), { systemNumber: 'x' }], 'v0')).toThrow(RecordParseError);
  });

  it('defaults missing values', () => {
    const [record] = readGroRecords(
      { systemNumber: 999999926, subjects: { child: { name: {} } }, status: {} },
      'v0',
    );
    expect(record).toMatchObject({ forenames: '', lastName: '', dateOfBirth: undefined });
    expect(record.flags).toMatchObject({
      potentiallyFictitious: false,
      blocked: false,
      cancelled: false,
      correction: undefined,
    });
  });

  it('treats a wrong-typed boolean flag as false and a null or non-object status as no flags', () => {
    expect(readGroRecords(groV0({ status: { cancelled: 'yes' } }), 'v0')[0].flags).toMatchObject({
      cancelled: false,
    });
    expect(readGroRecords(groV0({ status: null }), 'v0')[0].flags).toMatchObject({ marginalNote: undefined });
    expect(readGroRecords(groV0({ status: 7 }), 'v0')).toHaveLength(1);
  });

  it('makes a record with a wrong-typed text flag unreadable', () => {
    expect(readGroRecords(groV0({ status: { marginalNote: 1 } }), 'v0')).toEqual([]);
  });

  it('drops an invalid record date instead of clamping it', () => {
    const json = groV0({
      subjects: { child: { name: { givenName: 'A', surname: 'B' }, dateOfBirth: '2012-02-30' } },
    });
    expect(readGroRecords(json, 'v0')[0].dateOfBirth).toBeUndefined();
  });

  it('cannot read a v1 record with v0 reads', () => {
    expect(readGroRecords({ id: 123456789, child: { forenames: 'Joan' } }, 'v0')).toEqual([]);
  });
});

describe('readGroRecords (v1)', () => {
  it('reads the v1 layout and flag names', () => {
    const json = {
      id: 123456789,
      child: { forenames: 'Joan Narcissus Ouroboros', surname: 'SMITH', dateOfBirth: '2008-08-08' },
      status: { potentiallyFictitious: true, blocked: true, reregistration: 'Other', cancelled: false },
    };
    expect(readGroRecords(json, 'v1')).toEqual([
      {
        referenceNumber: 123456789,
        forenames: 'Joan Narcissus Ouroboros',
        lastName: 'SMITH',
        dateOfBirth: { year: 2008, month: 8, day: 8 },
        flags: {
          registry: 'gro',
          format: 'v1',
          potentiallyFictitious: true,
          blocked: true,
          cancelled: false,
          correction: undefined,
          marginalNote: undefined,
          reRegistered: 'Other',
        },
      },
    ]);
  });
});

const birth = (change: Record<string, unknown> = {}) => ({
  id: '2017734003',
  status: 1,
  deathCode: 0,
  subjects: { child: { firstName: 'Adam TEST', lastName: 'SMITH', dateOfBirth: '2009-11-12' } },
  ...change,
});

describe('readNrsRecords', () => {
  it('reads the births list and a single birth', () => {
    expect(readNrsRecords({ births: [birth()] })).toEqual([
      {
        referenceNumber: 2017734003,
        forenames: 'Adam TEST',
        lastName: 'SMITH',
        dateOfBirth: { year: 2009, month: 11, day: 12 },
        flags: { registry: 'nrs', status: 1, deathCode: 0 },
      },
    ]);
    expect(readNrsRecords(birth())).toHaveLength(1);
  });

  it('reads a signed id as Java does', () => {
    expect(readNrsRecords({ births: [birth({ id: '+2017734003' })] })[0].referenceNumber).toBe(2017734003);
    expect(readNrsRecords(birth({ id: '-2147483648' }))[0].referenceNumber).toBe(-2147483648);
  });

  it('defaults missing child details', () => {
    expect(readNrsRecords({ births: [{ id: '2017350001', status: -6, deathCode: 0 }] })[0]).toMatchObject({
      forenames: '',
      lastName: '',
      dateOfBirth: undefined,
    });
  });

  it.each([[{}], [{ births: [] }], [[]], [birth({ status: undefined })], [birth({ id: 2017734003 })]])(
    'gives no records for %p',
    (json) => expect(readNrsRecords(json)).toEqual([]),
  );

  it.each([
    [{ births: [birth({ deathCode: undefined })] }],
    [{ births: [birth({ id: 'abc' })] }],
    [birth({ id: '2147483648' })],
    [birth({ id: '+-1' })],
    [birth({ id: ' 1' })],
  ])('fails %p', (json) => expect(() => readNrsRecords(json)).toThrow(RecordParseError));
});
