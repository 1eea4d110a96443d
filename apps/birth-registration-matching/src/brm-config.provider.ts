import type { Provider } from '@nestjs/common';
import { PLATFORM_OPTIONS } from '@libs/platform';
import { readBrmConfig } from './config';

export const BRM_CONFIG = Symbol('BRM_CONFIG');

/**
 * Read once at start-up, after the platform has reported every missing required variable, so a bad
 * value stops start-up rather than failing a request (the reference threw at request time).
 */
export const brmConfigProvider: Provider = {
  provide: BRM_CONFIG,
  inject: [PLATFORM_OPTIONS],
  useFactory: () => readBrmConfig(process.env),
};
