import { ExecutionContext, NotFoundException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError } from '@libs/errors';
import { FeatureFlag, FeatureFlagGuard, WhenDisabled } from './feature-flag.decorator';
import { FeatureFlagName, FeatureFlags } from './feature-flags';

/** A handler decorated with `@FeatureFlag(name, whenDisabled)`, called with these flags. */
function callHandler(flags: FeatureFlags, name: FeatureFlagName, whenDisabled?: WhenDisabled) {
  class Controller {
    @FeatureFlag(name, whenDisabled)
    handler() {}
  }
  const request = { method: 'GET', url: '/v1/pnd/persons/G2996UX/alerts', consumer: { featureFlags: flags } };
  const context = {
    getHandler: () => Controller.prototype.handler,
    getClass: () => Controller,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return () => new FeatureFlagGuard(new Reflector()).canActivate(context);
}

const thrown = (call: () => unknown): unknown => {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('nothing thrown');
};

describe('FeatureFlagGuard', () => {
  const local = FeatureFlags.forEnvironment('local', {});
  const prod = FeatureFlags.forEnvironment('prod', {});

  it('lets the handler run while its flag is on', () => {
    expect(callHandler(local, 'use-active-alerts-endpoint')()).toBe(true);
  });

  it('answers 503 as the reference does while the flag is off, or not set in the environment', () => {
    expect(thrown(callHandler(prod, 'use-active-alerts-endpoint'))).toEqual(
      new ApiError(503, {
        status: 503,
        errorCode: null,
        userMessage: 'Feature flag is disabled: use-active-alerts-endpoint not enabled',
        developerMessage: 'Feature flag is disabled: use-active-alerts-endpoint not enabled',
        moreInfo: null,
      }),
    );
    expect((thrown(callHandler(local, 'epf-gateway-disabled')) as ApiError).body).toMatchObject({
      userMessage: 'Feature flag not found: epf-gateway-disabled not enabled',
    });
  });

  it('answers 410 Gone for a deprecated operation, and 404 as an unknown route for a removed one', () => {
    expect(thrown(callHandler(prod, 'seed-expression-of-interest', 'gone'))).toMatchObject({
      status: 410,
      body: { userMessage: 'The API has been deprecated.', developerMessage: 'The API has been deprecated.' },
    });
    const removed = thrown(callHandler(prod, 'seed-pnd-alerts', 'not-found'));
    expect(removed).toBeInstanceOf(NotFoundException);
    expect((removed as Error).message).toBe('Cannot GET /v1/pnd/persons/G2996UX/alerts');
  });
});
