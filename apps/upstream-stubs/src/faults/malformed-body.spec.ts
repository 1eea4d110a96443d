import { malformBody } from './malformed-body';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('malformBody', () => {
  it.each(['{"status":"UP"}', '[{"id":1},{"id":2}]', '"a string"', '123', '1', 'true', ''])(
    'turns JSON %p into text that no longer parses',
    (body) => {
      const broken = malformBody(body, 'application/json; charset=utf-8');

      expect(broken.length).toBeGreaterThan(0);
      expect(parses(broken)).toBe(false);
    },
  );

  it('keeps the start of a JSON body, as a cut connection would', () => {
    expect(malformBody('{"status":"UP"}', 'application/json')).toBe('{"statu');
  });

  it('cuts an XML document before its root element closes', () => {
    const envelope =
      '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body/></soap:Envelope>';

    const broken = malformBody(envelope, 'text/xml; charset=utf-8');

    expect(envelope.startsWith(broken)).toBe(true);
    expect(broken).not.toContain('</soap:Envelope>');
  });

  it('gives an empty XML body an unclosed tag', () => {
    expect(malformBody('', 'application/soap+xml')).toBe('<');
  });

  it('halves other text', () => {
    expect(malformBody('abcdef', 'text/plain')).toBe('abc');
  });
});
