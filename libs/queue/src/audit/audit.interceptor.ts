import { CallHandler, ExecutionContext, Inject, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { catchError, from, mergeMap, Observable, throwError } from 'rxjs';
import { QUEUE_MODULE_OPTIONS, QueueModuleOptions } from '../queue.options';
import { AUDIT_METADATA, AuditMetadata, AuditScope, auditScope } from './audit.decorator';
import { AuditPublisher } from './audit.publisher';

/** Stores the `@Audit` event of a handler in the outbox, and only then lets its answer (or error) go. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger(AuditInterceptor.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly publisher: AuditPublisher,
    @Inject(QUEUE_MODULE_OPTIONS) private readonly options: QueueModuleOptions,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const audit = this.reflector.get<AuditMetadata | undefined>(AUDIT_METADATA, context.getHandler());
    if (!audit || context.getType() !== 'http') return next.handle();
    const settings = this.options.audit;
    if (!settings) throw new Error(`@Audit('${audit.what}') needs QueueModule.forRoot({ audit })`);
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const scope: AuditScope = { entered: false };
    const record = async (): Promise<void> => {
      try {
        if (audit.when && !audit.when(request)) return;
        const details = audit.details?.(request, scope.handlerArguments ?? []);
        await this.publisher.publish({
          what: audit.what,
          who: settings.who(request),
          details:
            settings.encodeDetails && details !== undefined ? settings.encodeDetails(details) : details,
          service: settings.service,
          correlationId: settings.correlationId?.(),
        });
      } catch (error) {
        this.logger.error(`audit event ${audit.what} could not be made: ${(error as Error).message}`);
      }
    };
    // handle() inside the scope: Nest binds the handler call to the async context current at this point.
    return auditScope
      .run(scope, () => next.handle())
      .pipe(
        mergeMap(async (result) => {
          await record();
          return result;
        }),
        catchError((error: unknown) =>
          audit.outcome === 'any' && scope.entered
            ? from(record()).pipe(mergeMap(() => throwError(() => error)))
            : throwError(() => error),
        ),
      );
  }
}
