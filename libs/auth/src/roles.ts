import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenRoleError } from './auth-errors';
import { AuthenticatedUser, hasAnyRole } from './authenticated-user';

export const ROLES = 'auth:roles';

/** Any one of the roles grants access. */
export const Roles = (...roles: string[]) => SetMetadata(ROLES, roles);

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<string[] | undefined>(ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles || roles.length === 0) return true;
    const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
    if (!hasAnyRole(user, roles)) throw new ForbiddenRoleError(roles);
    return true;
  }
}
