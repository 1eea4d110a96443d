import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { FeatureFlagGuard } from './feature-flag.decorator';

/** `@FeatureFlag` on every controller. The flag values themselves arrive with the authorised consumer. */
@Module({ providers: [{ provide: APP_GUARD, useClass: FeatureFlagGuard }] })
export class FeatureFlagsModule {}
