import type { FastifyRequest } from 'fastify';

/** Link the QR code encodes: the simulator page on whatever host the stub was reached at. */
export function learnerAppLink(req: FastifyRequest, correlationId: string): string {
  return `${req.protocol}://${req.headers.host ?? 'localhost'}/vera/learner-app/requests/${encodeURIComponent(correlationId)}`;
}
