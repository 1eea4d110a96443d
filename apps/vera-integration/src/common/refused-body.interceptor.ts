import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { RefusedBody } from './request-bodies';

/** Interceptors run after guards: a body refused while parsing is reported only to an authorised caller. */
@Injectable()
export class RefusedBodyInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const body = context.switchToHttp().getRequest<FastifyRequest>().body;
    if (body instanceof RefusedBody) throw body.problem;
    return next.handle();
  }
}
