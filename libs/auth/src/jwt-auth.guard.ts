import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC } from '@libs/platform';
import { UnauthenticatedError } from './auth-errors';
import { AuthenticatedUser } from './authenticated-user';
import { TokenRejectedError, TokenVerifier } from './token-verifier';

const BEARER = /^Bearer +(\S+) *$/i;

/** Every route needs a valid HMPPS Auth bearer token unless marked `@Public()`; the user goes on `request.user`. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, unknown>; user?: AuthenticatedUser }>();
    const authorization = request.headers.authorization;
    const token = typeof authorization === 'string' ? BEARER.exec(authorization)?.[1] : undefined;
    if (!token) throw new UnauthenticatedError('No auth token');
    try {
      request.user = await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof TokenRejectedError) throw new UnauthenticatedError(error.message);
      throw error;
    }
    return true;
  }
}
