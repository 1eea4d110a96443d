import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  Injectable,
  NotFoundException,
  SetMetadata,
} from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { Reflector } from '@nestjs/core';
import { ApiError } from '@libs/errors';
import type { FastifyRequest } from 'fastify';
import { errorBody } from '../common/api-errors';
import { ErrorResponse } from '../common/response-classes';
import { FeatureFlagName } from './feature-flags';

/**
 * What a handler answers while its flag is off: `unavailable` is the reference's 503, `gone` its 410
 * for a deprecated operation, `not-found` the 404 of a route that does not exist (a removed operation).
 */
export type WhenDisabled = 'unavailable' | 'gone' | 'not-found';

interface FeatureFlagMetadata {
  name: FeatureFlagName;
  whenDisabled: WhenDisabled;
}

const FEATURE_FLAG = Symbol('feature-flag');

/** How the OpenAPI document describes the answer while the flag is off (a removed operation looks absent). */
const DISABLED_RESPONSES: Record<WhenDisabled, { status: number; description: string } | undefined> = {
  unavailable: {
    status: 503,
    description: 'The operation is switched off in this environment (feature flag).',
  },
  gone: { status: 410, description: 'The operation is deprecated and switched off (feature flag).' },
  'not-found': undefined,
};

/** The handler runs only while the flag is on for the request (its environment value or an override). */
export function FeatureFlag(name: FeatureFlagName, whenDisabled: WhenDisabled = 'unavailable') {
  const disabled = DISABLED_RESPONSES[whenDisabled];
  return applyDecorators(
    SetMetadata(FEATURE_FLAG, { name, whenDisabled } satisfies FeatureFlagMetadata),
    ...(disabled ? [ApiResponse({ ...disabled, type: ErrorResponse })] : []),
  );
}

const DEPRECATED = 'The API has been deprecated.';

/** Enforces `@FeatureFlag` before any parameter is parsed or validated. */
@Injectable()
export class FeatureFlagGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const flag = this.reflector.getAllAndOverride<FeatureFlagMetadata | undefined>(FEATURE_FLAG, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!flag) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const value = request.consumer?.featureFlags.value(flag.name);
    if (value === true) return true;
    switch (flag.whenDisabled) {
      case 'gone':
        throw new ApiError(410, errorBody(410, DEPRECATED, DEPRECATED));
      case 'not-found':
        // The router's own answer for a path it does not know, so a removed operation looks removed.
        throw new NotFoundException(`Cannot ${request.method} ${request.url}`);
      case 'unavailable': {
        const why = value === undefined ? 'Feature flag not found' : 'Feature flag is disabled';
        const message = `${why}: ${flag.name} not enabled`;
        throw new ApiError(503, errorBody(503, message, message));
      }
    }
  }
}
