import { randomBytes } from 'node:crypto';

/**
 * Random ids drawn from a pool of CSPRNG bytes, refilled 4 KiB at a time. On this platform a separate
 * `randomBytes` call for each 8- or 16-byte id cost ~3 µs (a trace and a span id ~7 µs per request);
 * drawn from the pool they cost ~0.2 µs (measured; docs/benchmarks.md). Every byte is used once, so no id
 * repeats another, and the bytes are as unpredictable as `randomBytes`' own: fit for trace ids and CSP
 * nonces. Not for keys or secrets, which stay with `randomBytes`.
 */
const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let offset = 0;

function draw(bytes: number): [Buffer, number] {
  if (bytes > POOL_BYTES) throw new RangeError(`at most ${POOL_BYTES} random bytes at a time`);
  if (offset + bytes > pool.length) {
    pool = randomBytes(POOL_BYTES);
    offset = 0;
  }
  const start = offset;
  offset += bytes;
  return [pool, start];
}

export function randomHex(bytes: number): string {
  const [source, start] = draw(bytes);
  return source.toString('hex', start, start + bytes);
}

export function randomBase64(bytes: number): string {
  const [source, start] = draw(bytes);
  return source.toString('base64', start, start + bytes);
}
