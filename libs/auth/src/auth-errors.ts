import { HttpException, HttpStatus } from '@nestjs/common';

/** No usable bearer token. Each app's error mapper decides the body (some answer with none). */
export class UnauthenticatedError extends HttpException {
  constructor(readonly reason: string) {
    super('Unauthorized', HttpStatus.UNAUTHORIZED);
    this.name = 'UnauthenticatedError';
  }
}

/** The token is valid but carries none of the roles the route needs. */
export class ForbiddenRoleError extends HttpException {
  constructor(readonly requiredRoles: readonly string[]) {
    super('Access Denied', HttpStatus.FORBIDDEN);
    this.name = 'ForbiddenRoleError';
  }
}

/** A header the route requires is absent (an empty value is accepted). */
export class MissingHeaderError extends HttpException {
  constructor(readonly header: string) {
    super(`Missing ${header} header`, HttpStatus.BAD_REQUEST);
    this.name = 'MissingHeaderError';
  }
}
