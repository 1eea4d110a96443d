import { optionalHeader } from '@libs/auth';
import { addRequestLogFields, AppLogger, InjectLogger, RequestValidationError } from '@libs/platform';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { catchError, Observable, throwError } from 'rxjs';
import { BrmAuditor } from '../audit/brm-auditor';
import { checkHeaders } from '../headers/header-validation';
import { BrmMetrics } from '../metrics/brm-metrics';
import { countrySeen, payloadError } from '../payload/payload-error';
import { BrmFailure } from '../errors/brm-errors';
import { isJsonMediaType, UnsupportedBodyTypeError } from './platform-errors';
import { requestKey } from './request-key';

/** Each match request's key, set by the interceptor before the body is validated. */
const BRM_KEYS = new WeakMap<object, string>();

export function brmKeyOf(request: FastifyRequest): string {
  const key = BRM_KEYS.get(request);
  if (key === undefined) throw new Error('the match route runs without MatchRequestInterceptor');
  return key;
}

/**
 * BRM's order before the body is validated: the content type (a body-less POST has no parser
 * to refuse it), then the headers; the request key is made once they pass. It runs after the platform's
 * body refusals (malformed JSON first, as in the reference) and before the validation pipe, whose
 * rejections it audits: the reference audits every payload error with the request key.
 */
@Injectable()
export class MatchRequestInterceptor implements NestInterceptor {
  constructor(
    private readonly metrics: BrmMetrics,
    private readonly auditor: BrmAuditor,
    @InjectLogger(MatchRequestInterceptor.name) private readonly logger: AppLogger,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (!isJsonMediaType(optionalHeader(request.headers, 'content-type'))) {
      throw new UnsupportedBodyTypeError();
    }
    const headers = checkHeaders(
      optionalHeader(request.headers, 'accept'),
      optionalHeader(request.headers, 'audit-source'),
    );
    if (headers.error) throw new BrmFailure(headers.error);
    this.metrics.acceptedHeaders(headers.auditSource ?? '');

    const brmKey = requestKey(new Date(), request.id, headers.auditSource ?? '', headers.acceptVersion ?? '');
    // Binds the key to every later log line of this request (the platform logger is request-scoped).
    addRequestLogFields({ brmKey });
    BRM_KEYS.set(request, brmKey);
    this.metrics.countrySeen(countrySeen(request.body));

    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof RequestValidationError && error.location === 'body') {
          this.logger.info({ code: payloadError(error).body.code }, 'payload rejected');
          this.auditor.payloadError(brmKey, request.body);
        }
        return throwError(() => error);
      }),
    );
  }
}
