import { ShareRequestEntity } from '../share-requests/share-request.entity';
import { ShareRequestView } from './mis-api.views';

/**
 * A share request as the MIS API shows it: Pattern A carries its link, and the QR image only while the
 * learner can still scan it; Pattern C carries the code to show.
 */
export function presentShareRequest(request: ShareRequestEntity): ShareRequestView {
  const patternFields =
    request.pattern === 'A'
      ? {
          ...(request.status === 'PENDING' && request.qrCode ? { qrCode: request.qrCode } : {}),
          url: request.link,
        }
      : { code: request.displayCode ?? undefined };
  return {
    correlationId: request.correlationId,
    pattern: request.pattern,
    status: request.status,
    ...patternFields,
    expiresAt: request.expiresAt?.toISOString() ?? null,
    createdAt: request.createdAt.toISOString(),
    lastPolledAt: request.lastPolledAt?.toISOString() ?? null,
  };
}
