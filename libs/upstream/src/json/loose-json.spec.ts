import {
  at,
  isJsonObject,
  readArray,
  readBoolean,
  readField,
  readNumber,
  readObject,
  readString,
} from './loose-json';

describe('loose JSON readers', () => {
  it('reads strings, taking numbers and booleans as their spelling', () => {
    expect([readString('a'), readString(12), readString(false), readString(null), readString({})]).toEqual([
      'a',
      '12',
      'false',
      null,
      null,
    ]);
  });

  it('reads finite numbers, and strings holding only a number', () => {
    expect([
      readNumber(3),
      readNumber(' -4.5 '),
      readNumber('4e2'),
      readNumber(Infinity),
      readNumber(''),
    ]).toEqual([3, -4.5, null, null, null]);
  });

  it('reads booleans strictly', () => {
    expect([readBoolean(true), readBoolean('true'), readBoolean(1)]).toEqual([true, null, null]);
  });

  it('tells objects from arrays and null', () => {
    expect([isJsonObject({}), isJsonObject([]), isJsonObject(null)]).toEqual([true, false, false]);
    expect(readObject([])).toBeNull();
    expect(readArray('x')).toEqual([]);
  });

  it('follows paths and finds fields whatever their case', () => {
    const body = { Learner: { Name: 'Sam' } };
    expect(at(body, 'Learner', 'Name')).toBe('Sam');
    expect(at(body, 'Learner', 'Name', 'x')).toBeUndefined();
    expect(readField({ DateOfBirth: '2008-09-02' }, 'dateOfBirth')).toBe('2008-09-02');
    expect(readField({}, 'missing')).toBeUndefined();
  });
});
