import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ApiError } from '@libs/errors';
import type { FastifyRequest } from 'fastify';
import { from, mergeMap, Observable } from 'rxjs';
import { errorBody, servletErrorBody } from '../common/api-errors';
import { CaseAccessService } from '../limited-access/case-access.service';
import { applyRedactions, redactionsFor } from './redact';

const LIMITED_ACCESS_CASE = 'Attempt to access a limited access case';
const NO_HMPPS_ID = 'No hmppsId available for LAO check';

/**
 * Applies the redaction policies of the consumer's roles to every operation they match: a limited
 * access case is refused before the operation runs (so nothing is fetched or audited for it), and the
 * operation's successful answer is masked or trimmed before it is sent. nDelius is asked about the case
 * at most once per request, and only when a policy needs to know.
 */
@Injectable()
export class RedactionInterceptor implements NestInterceptor {
  constructor(private readonly caseAccess: CaseAccessService) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const consumer = request.consumer;
    const steps = consumer ? redactionsFor(consumer.redactionPolicies, consumer.path) : [];
    if (!consumer || steps.length === 0) return next.handle();

    let limitedAccess: Promise<boolean> | undefined;
    const isLimitedAccess = () => (limitedAccess ??= this.checkCase(request));
    if (steps.some((step) => step.kind === 'lao-reject') && (await isLimitedAccess())) {
      throw new ApiError(403, servletErrorBody(403, LIMITED_ACCESS_CASE, consumer.path));
    }
    return next.handle().pipe(mergeMap((body) => from(applyRedactions(body, steps, isLimitedAccess))));
  }

  private checkCase(request: FastifyRequest): Promise<boolean> {
    const params = request.params as Record<string, string | undefined>;
    const hmppsId = params.hmppsId ?? params.encodedHmppsId;
    if (!hmppsId) return Promise.reject(new ApiError(500, errorBody(500, NO_HMPPS_ID, NO_HMPPS_ID)));
    return this.caseAccess.isLimitedAccess(hmppsId);
  }
}
