import { ErrorMapper, ErrorRequest, renderError, RequestRefusedError } from '@libs/errors';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';

/** Node's names for the client errors that have their own status. */
const STATUS_BY_CODE: Record<string, number> = {
  ERR_HTTP_REQUEST_TIMEOUT: 408,
  HPE_HEADER_OVERFLOW: 431,
};
const REQUEST_LINE = /^([A-Z]{1,20}) ([^ \r\n]{0,2048})/;
/** The request a connection is receiving, once its head was read (see `rememberRequestsInProgress`). */
const IN_PROGRESS = Symbol('requestInProgress');

type TrackedSocket = Socket & { [IN_PROGRESS]?: { id: string; method: string; url: string } };

/**
 * Marks each connection with the request it is receiving from the moment its head is read until it is
 * answered, so that a client cut off while sending its body is answered for that request's address (an
 * app may choose its envelope by path).
 */
export function rememberRequestsInProgress(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request: FastifyRequest, _reply: FastifyReply, done: () => void) => {
    (request.raw.socket as TrackedSocket)[IN_PROGRESS] = {
      id: request.id,
      method: request.method,
      url: request.url,
    };
    done();
  });
  fastify.addHook('onResponse', (request: FastifyRequest, _reply: FastifyReply, done: () => void) => {
    (request.raw.socket as TrackedSocket)[IN_PROGRESS] = undefined;
    done();
  });
}

/**
 * What can be read of a request Node refused: the request in progress on the connection, else the method
 * and target of the request line it could read, if any.
 */
function requestOf(socket: TrackedSocket, rawPacket: Buffer | undefined): ErrorRequest {
  const inProgress = socket[IN_PROGRESS];
  if (inProgress) return { ...inProgress, headers: {} };
  const line = REQUEST_LINE.exec(rawPacket?.subarray(0, 2100).toString('latin1') ?? '');
  return { id: randomUUID(), method: line?.[1] ?? '', url: line?.[2] ?? '', headers: {} };
}

/**
 * Fastify's `clientErrorHandler`: a request Node refuses before any route sees it (a control character in
 * the target or a header, a head over 16 KB, a client too slow to send its request) is answered in the
 * app's envelope by the app's own error mapper, instead of Fastify's `{"error":"Bad Request","message":
 * "Client Error"}`, and the connection is closed.
 */
export function clientErrorHandler(mapper: ErrorMapper) {
  return (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket): void => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = STATUS_BY_CODE[error.code ?? ''] ?? 400;
    const refusal = new RequestRefusedError(status, STATUS_CODES[status] ?? 'Bad Request');
    const rendered = renderError(mapper, refusal, requestOf(socket, error.rawPacket));
    const payload = Buffer.from(rendered.payload ?? '', 'utf8');
    const headers = {
      ...rendered.headers,
      'content-length': String(payload.length),
      connection: 'close',
    };
    const head = [
      `HTTP/1.1 ${rendered.status} ${STATUS_CODES[rendered.status] ?? ''}`,
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ].join('\r\n');
    socket.end(Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), payload]));
  };
}
