import { connect } from 'node:net';
import { parseJson } from './send';

export interface SlowClientResult {
  status?: number;
  /** The answer's body, parsed when it is JSON. */
  json: unknown;
  text: string;
  headers: Record<string, string>;
  /** How long after connecting the server closed the connection. */
  closedAfterMs: number;
}

/**
 * A client that writes `head`, then `trickle` one character every `everyMs` (nothing at all when empty),
 * and keeps the connection open until the server closes it, or `giveUpMs` passes (then it closes itself and
 * reports `closedAfterMs` as Infinity).
 */
export function slowClient(
  origin: string,
  options: { head: string; trickle?: string; everyMs?: number; giveUpMs: number },
): Promise<SlowClientResult> {
  const { hostname, port } = new URL(origin);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    let sent = 0;
    let gaveUp = false;
    const trickle = options.trickle ?? '';
    const timer = setInterval(() => {
      if (sent < trickle.length && socket.writable) socket.write(trickle[sent++]);
    }, options.everyMs ?? 250);
    const giveUp = setTimeout(() => {
      gaveUp = true;
      socket.destroy();
    }, options.giveUpMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      const raw = Buffer.concat(chunks).toString('utf8');
      const split = raw.indexOf('\r\n\r\n');
      const [statusLine = '', ...headerLines] = (split === -1 ? raw : raw.slice(0, split)).split('\r\n');
      const headers = Object.fromEntries(
        headerLines.map((line) => [
          line.slice(0, line.indexOf(':')).trim().toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
      );
      const text = split === -1 ? '' : raw.slice(split + 4);
      const status = /^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1];
      resolve({
        status: status ? Number(status) : undefined,
        json: parseJson(text),
        text,
        headers,
        closedAfterMs: gaveUp ? Number.POSITIVE_INFINITY : performance.now() - started,
      });
    });
    if (options.head) socket.write(options.head);
  });
}
