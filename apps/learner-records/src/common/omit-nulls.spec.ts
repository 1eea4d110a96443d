import { omitNulls } from './omit-nulls';

describe('omitNulls', () => {
  it('drops null properties, map values and list elements at every depth but keeps empty values', () => {
    expect(
      omitNulls({
        a: null,
        b: '',
        c: [],
        d: { e: null, f: [null, { g: null, h: 'x' }] },
        i: undefined,
        j: 0,
        k: false,
      }),
    ).toEqual({ b: '', c: [], d: { f: [{ h: 'x' }] }, j: 0, k: false });
  });

  it('returns scalars unchanged', () => {
    expect(omitNulls('text')).toBe('text');
    expect(omitNulls(null)).toBeNull();
  });
});
