import { ShareRequestEntity } from '../share-requests/share-request.entity';

/** A share request as the MIS API shows it: Pattern A carries the QR image and link, Pattern C the code. */
export function presentShareRequest(request: ShareRequestEntity) {
  return {
    correlationId: request.correlationId,
    pattern: request.pattern,
    status: request.status,
    ...(request.pattern === 'A'
      ? { qrCode: request.qrCode, url: request.link }
      : { code: request.displayCode }),
    expiresAt: request.expiresAt?.toISOString() ?? null,
    createdAt: request.createdAt.toISOString(),
    lastPolledAt: request.lastPolledAt?.toISOString() ?? null,
  };
}
