import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { IS_PUBLIC } from '@libs/platform';
import type { IncomingMessage } from 'node:http';
import { UnauthenticatedError } from './auth-errors';
import { AuthenticatedUser } from './authenticated-user';
import { bearerToken, HMPPS_JWT } from './hmpps-jwt.strategy';
import { refusalReason } from './token-refusal';
import { VerifiedTokens } from './verified-tokens';

type AuthenticatedRequest = IncomingMessage & { user?: AuthenticatedUser };

/**
 * Every route needs a valid HMPPS Auth bearer token unless marked `@Public()`; the user goes on
 * `request.user`. A token verified before and not yet expired is answered from `VerifiedTokens`;
 * any other token goes through passport (`HmppsJwtStrategy`), and is remembered once it passes.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard(HMPPS_JWT) {
  constructor(
    private readonly reflector: Reflector,
    private readonly verified: VerifiedTokens,
  ) {
    super({ session: false });
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(request);
    const remembered = token ? this.verified.recall(token) : undefined;
    if (remembered) {
      request.user = remembered;
      return true;
    }
    await super.canActivate(context);
    if (token && request.user) this.verified.remember(token, request.user);
    return true;
  }

  override handleRequest<User>(error: unknown, user: User | false, info: unknown): User {
    if (error) throw error;
    if (!user) throw new UnauthenticatedError(refusalReason(info));
    return user;
  }
}
