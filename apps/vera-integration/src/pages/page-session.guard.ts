import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { VeraProblem } from '../errors/vera-problem';
import { readCookie } from '../page-sessions/cookies';
import { PageSession, PageSessionCodec, SESSION_COOKIE } from '../page-sessions/page-session';
import { ProvidersService } from '../providers/providers.service';
import { PageViewer } from './views/layout';

/** What PageSessionGuard learnt about the caller, for the handlers and the CSRF check. */
export interface PageContext {
  viewer: PageViewer;
  session: PageSession;
  csrfToken: string;
}

export type PageRequest = FastifyRequest & { page?: PageContext };

function signInRequired(): VeraProblem {
  return new VeraProblem(401, 'SIGN_IN_REQUIRED', 'Sign in through your MIS to use these pages.');
}

/** Pages need a valid signed session cookie, and its provider must still be registered. */
@Injectable()
export class PageSessionGuard implements CanActivate {
  constructor(
    private readonly providers: ProvidersService,
    private readonly codec: PageSessionCodec,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<PageRequest>();
    const session = this.codec.decode(readCookie(request.headers.cookie, SESSION_COOKIE));
    if (!session) throw signInRequired();
    const provider = await this.providers.get(session.ukprn).catch((error: unknown) => {
      if (error instanceof VeraProblem && error.errorCode === 'PROVIDER_NOT_FOUND') throw signInRequired();
      throw error;
    });
    request.page = {
      viewer: { ukprn: provider.ukprn, providerName: provider.displayName, username: session.username },
      session,
      csrfToken: this.codec.csrfToken(session),
    };
    return true;
  }
}
