import fc from 'fast-check';

/** Strings that have broken parsers, queries, XML/SOAP builders and log lines elsewhere. */
export const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE matches; --",
  '1 UNION SELECT NULL,NULL--',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
  ']]><injected/><![CDATA[',
  '</soap:Body><soap:Body>',
  '\r\nSet-Cookie: injected=1',
  'a\r\n\r\nHTTP/1.1 200 OK',
  '${jndi:ldap://127.0.0.1/a}',
  '{{7*7}}<%= 7*7 %>',
  '../../../../etc/passwd',
  '%00',
  '\u0000',
  '__proto__',
  '<script>alert(1)</script>',
  '\uFEFF\u202E\u200B',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🧪 ﷽',
  '\uD800',
  '-1',
  '9'.repeat(40),
  'NaN',
  'null',
  '',
  ' ',
];

const controlCharacters = fc
  .array(fc.integer({ min: 0, max: 0x1f }), { minLength: 1, maxLength: 12 })
  .map((codes) => String.fromCharCode(...codes));

/** Hostile text: injections, control characters, any Unicode (lone surrogates too) and huge strings. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...INJECTIONS),
  controlCharacters,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer({ min: 1_000, max: 30_000 }).map((length) => 'Ω'.repeat(length)),
  fc.tuple(fc.constantFrom(...INJECTIONS), controlCharacters).map(([text, controls]) => `${text}${controls}`),
);

/** A JSON value of the wrong type for whatever field it replaces. */
export const wrongTypeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.constant({ $gt: '' }),
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(hostileString, wrongTypeValue);

/** Bodies that are not JSON at all, or not the JSON object an endpoint expects. */
export const malformedBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '{',
    '{"a":',
    '{"a":1,}',
    "{'a':1}",
    '{"a":NaN}',
    '[1,2',
    '"unterminated',
    '\u0000\u0001',
    'null',
    '[]',
    '42',
    '"just a string"',
    'true',
    '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
    '<?xml version="1.0"?><a/>',
  ),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.json().map((text) => text.slice(0, Math.max(1, Math.floor(text.length / 2)))),
);

/** Header values an HTTP client can put on the wire (no CR, LF or NUL): the server must judge the rest. */
export const hostileHeaderValue: fc.Arbitrary<string> = hostileString.map((text) =>
  Buffer.from(text, 'latin1')
    .toString('latin1')
    .replace(/[^\t\x20-\x7e\x80-\xff]/g, '?')
    .slice(0, 4000),
);

/** Turns a path into the odd spellings proxies and scanners send. */
export const oddPathOf = (path: string): fc.Arbitrary<string> =>
  fc.constantFrom(
    `${path}/`,
    `/${path}`,
    path.replace(/\//g, '//'),
    path.toUpperCase(),
    `${path};jsessionid=abc`,
    `${path}/..%2f..%2fetc%2fpasswd`,
    `${path}%00`,
    `${path}/%2e%2e/%2e%2e`,
    `${path}/${'a'.repeat(4000)}`,
    `${path}?${'x=1&'.repeat(200)}`,
    `${path}?a=%E0%A4%A`,
    `${path}%`,
    `/%2e%2e${path}`,
    `${path}/..;/admin`,
    `${path}#fragment`,
  );
