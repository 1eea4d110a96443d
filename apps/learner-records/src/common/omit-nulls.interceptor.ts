import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { map, Observable } from 'rxjs';
import { omitNulls } from './omit-nulls';

/** Every JSON response of the service leaves out null values. */
@Injectable()
export class OmitNullsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(map((body: unknown) => omitNulls(body)));
  }
}
