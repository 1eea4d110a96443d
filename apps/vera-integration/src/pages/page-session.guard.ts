import { CanActivate, createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { VeraFailure } from '../errors/vera-problem';
import { ProvidersService } from '../providers/providers.service';
import type { PageFrame, PageViewer } from './page-frame';

export function signInRequired(): VeraFailure {
  return new VeraFailure('SIGN_IN_REQUIRED', 'No live page session');
}

/** A signed-in page request: the frame always has a viewer and a CSRF token. */
export type SignedInFrame = Required<PageFrame> & { viewer: PageViewer };

/**
 * Pages need a live session (set up by the page plugins in onRequest), and its provider must still be
 * registered: removing a provider ends its staff's sessions at once. The provider's name is refreshed.
 */
@Injectable()
export class PageSessionGuard implements CanActivate {
  constructor(private readonly providers: ProvidersService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const frame = context.switchToHttp().getRequest<FastifyRequest>().pageFrame;
    if (!frame?.viewer) throw signInRequired();
    const provider = await this.providers.get(frame.viewer.ukprn).catch((error: unknown) => {
      if (error instanceof VeraFailure && error.kind === 'PROVIDER_NOT_FOUND') throw signInRequired();
      throw error;
    });
    frame.viewer.providerName = provider.displayName;
    return true;
  }
}

/** The signed-in frame, set by the page plugins and checked by PageSessionGuard. */
export const Frame = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SignedInFrame =>
    context.switchToHttp().getRequest<FastifyRequest>().pageFrame as SignedInFrame,
);
