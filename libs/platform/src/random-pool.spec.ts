import { randomBase64, randomHex } from './random-pool';

describe('random-pool', () => {
  it('gives ids of the length asked for, in their alphabet', () => {
    expect(randomHex(8)).toMatch(/^[0-9a-f]{16}$/);
    expect(randomHex(16)).toMatch(/^[0-9a-f]{32}$/);
    expect(randomBase64(16)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it('never repeats an id, across many pool refills', () => {
    // 100,000 16-byte ids use the 4 KiB pool ~390 times over.
    const ids = new Set(Array.from({ length: 100_000 }, () => randomHex(16)));
    expect(ids.size).toBe(100_000);
  });

  it('spreads its bytes evenly (each hex digit ~1/16 of a large sample)', () => {
    const digits = Array.from({ length: 20_000 }, () => randomHex(8)).join('');
    const counts = new Map<string, number>();
    for (const digit of digits) counts.set(digit, (counts.get(digit) ?? 0) + 1);
    expect(counts.size).toBe(16);
    for (const count of counts.values()) expect(count / digits.length).toBeCloseTo(1 / 16, 2);
  });

  it('refuses a draw larger than the pool', () => {
    expect(() => randomHex(5000)).toThrow(RangeError);
  });
});
