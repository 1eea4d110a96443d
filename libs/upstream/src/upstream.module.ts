import { Global, Module } from '@nestjs/common';
import { MetricsService } from '@libs/platform';
import { UpstreamMetrics } from './metrics/upstream-metrics';

/** Gives every upstream client of the app the app's metrics registry. Import once, next to `PlatformModule`. */
@Global()
@Module({
  providers: [
    {
      provide: UpstreamMetrics,
      useFactory: (metrics: MetricsService) => new UpstreamMetrics(metrics.registry),
      inject: [MetricsService],
    },
  ],
  exports: [UpstreamMetrics],
})
export class UpstreamModule {}
