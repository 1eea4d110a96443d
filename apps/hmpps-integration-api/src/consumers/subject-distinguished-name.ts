/**
 * Every value of one header, in order, from the request's raw header list (names compared
 * case-insensitively). Node joins repeated headers into one comma-separated value, which for a DN or a
 * serial number would let a second, forged header blend in; the raw list keeps them apart.
 */
export function headerValues(rawHeaders: readonly string[], headerName: string): string[] {
  const values: string[] = [];
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    if (rawHeaders[index].toLowerCase() === headerName) values.push(rawHeaders[index + 1]);
  }
  return values;
}

/** The DN from the request's `subject-distinguished-name` header, or null unless there is exactly one. */
export function singleSubjectDn(rawHeaders: readonly string[], headerName: string): string | null {
  const values = headerValues(rawHeaders, headerName);
  return values.length === 1 ? values[0] : null;
}

/**
 * Reads the consumer name (the CN) from a certificate subject distinguished name, as the API gateway
 * forwards it in the `subject-distinguished-name` header, e.g. `C=GB,ST=London,O=Home Office,CN=client`.
 *
 * Unlike the reference's `^.*,CN=(.*)$` regex, this parses the DN: `CN=client` on its own works,
 * escaped commas (`\,`) and quoted values stay inside their attribute, attribute names are
 * case-insensitive, and text after the CN is not glued onto the name. When a DN carries several CNs
 * the last one is used, as the reference does.
 */
export function consumerNameFromDn(dn: string | undefined | null): string | null {
  if (!dn) return null;
  let consumer: string | null = null;
  for (const attribute of splitAttributes(dn)) {
    const equals = attribute.indexOf('=');
    if (equals <= 0) return null;
    const type = attribute.slice(0, equals).trim();
    const value = unescapeValue(attribute.slice(equals + 1).trim());
    if (type.toUpperCase() === 'CN' && value !== '') consumer = value;
  }
  return consumer;
}

/** Splits on the `,` and `+` that separate attributes, honouring `\` escapes and double quotes. */
function splitAttributes(dn: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < dn.length; index++) {
    const char = dn[index];
    if (char === '\\' && index + 1 < dn.length) {
      current += char + dn[++index];
    } else if (char === '"') {
      quoted = !quoted;
      current += char;
    } else if ((char === ',' || char === '+') && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.filter((part) => part.trim() !== '');
}

function unescapeValue(value: string): string {
  const unquoted =
    value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  return unquoted.replace(/\\([0-9A-Fa-f]{2}|.)/g, (_, escaped: string) =>
    escaped.length === 2 ? String.fromCharCode(parseInt(escaped, 16)) : escaped,
  );
}
