export interface BasicCredentials {
  username: string;
  password: string;
}

/** Decodes an HTTP Basic `Authorization` header (RFC 7617); undefined when absent or not Basic. */
export function parseBasicCredentials(header: string | undefined): BasicCredentials | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match) {
    return undefined;
  }
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator < 0) {
    return undefined;
  }
  return { username: decoded.slice(0, separator), password: decoded.slice(separator + 1) };
}
