import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { FastifyReply } from 'fastify';

/** An OAuth 2 token-endpoint error (RFC 6749 §5.2), written as `{ error, error_description }`. */
export class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
}

@Catch(OAuthError)
export class OAuthErrorFilter implements ExceptionFilter<OAuthError> {
  catch(exception: OAuthError, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception.status === 401) {
      // RFC 6749 §5.2: a failed Basic client authentication must name the scheme to use.
      reply.header('WWW-Authenticate', 'Basic realm="oauth2/client"');
    }
    void reply
      .code(exception.status)
      .header('Cache-Control', 'no-store')
      .send({ error: exception.error, error_description: exception.description });
  }
}
