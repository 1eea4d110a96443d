import {
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { StubTokenClaims } from './stub-token-claims';
import { InvalidStubTokenError, TokenSigner } from './token-signer.service';

export interface BearerAuthenticatedRequest extends FastifyRequest {
  tokenClaims: StubTokenClaims;
}

/** The leeway Spring resource servers (every real HMPPS upstream) allow on exp and nbf. */
const CLOCK_SKEW_SECONDS = 60;

/**
 * Guards a stub upstream route the way a real HMPPS API does: a request without a valid, unexpired RS256
 * token from this stub's HMPPS Auth gets 401 with a `WWW-Authenticate: Bearer` challenge. The verified
 * claims are put on the request (`@TokenClaims()` reads them).
 */
@Injectable()
export class StubBearerGuard implements CanActivate {
  constructor(private readonly signer: TokenSigner) {}

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const request = http.getRequest<BearerAuthenticatedRequest>();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match) {
      return this.reject(http.getResponse<FastifyReply>(), undefined);
    }
    try {
      request.tokenClaims = this.signer.verify(match[1], Math.floor(Date.now() / 1000), CLOCK_SKEW_SECONDS);
      return true;
    } catch (error) {
      if (error instanceof InvalidStubTokenError) {
        return this.reject(http.getResponse<FastifyReply>(), error.message);
      }
      throw error;
    }
  }

  private reject(reply: FastifyReply, problem: string | undefined): never {
    // RFC 6750 §3: no error code when no token was sent at all.
    const challenge = problem ? `Bearer error="invalid_token", error_description="${problem}"` : 'Bearer';
    void reply.header('WWW-Authenticate', challenge);
    throw new UnauthorizedException(problem ?? 'Full authentication is required to access this resource');
  }
}

/** The verified token claims of a request that passed `StubBearerGuard`. */
export const TokenClaims = createParamDecorator(
  (_data: unknown, context: ExecutionContext): StubTokenClaims =>
    context.switchToHttp().getRequest<BearerAuthenticatedRequest>().tokenClaims,
);
