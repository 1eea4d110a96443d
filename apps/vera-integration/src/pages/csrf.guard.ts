import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { VeraProblem } from '../errors/vera-problem';
import { PageSessionCodec } from '../page-sessions/page-session';
import type { PageRequest } from './page-session.guard';

/**
 * Every page form carries `_csrf`, derived from the session; a POST without the right one is refused
 * before anything happens. Runs after PageSessionGuard (which establishes the session).
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(private readonly codec: PageSessionCodec) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<PageRequest>();
    const token = (request.body as Record<string, unknown> | undefined)?._csrf;
    if (!request.page || !this.codec.isValidCsrfToken(request.page.session, token)) {
      throw new VeraProblem(
        403,
        'CSRF_TOKEN_INVALID',
        'The form was not sent from this service, or it has expired.',
      );
    }
    return true;
  }
}
