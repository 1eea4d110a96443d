import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { MetricsService } from '@libs/platform';
import { UpstreamMetrics } from './metrics/upstream-metrics';
import { UpstreamModule } from './upstream.module';

/** Stands in for `PlatformModule`, which provides the real `MetricsService` globally. */
@Global()
@Module({ providers: [MetricsService], exports: [MetricsService] })
class GlobalMetricsModule {}

describe('UpstreamModule', () => {
  it('provides UpstreamMetrics that record into the app’s metrics registry', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [GlobalMetricsModule, UpstreamModule],
    }).compile();

    moduleRef.get(UpstreamMetrics).observeCall('prison-api', 'GET', 'success', 0.02);

    const exposition = await moduleRef.get(MetricsService).registry.metrics();
    expect(exposition).toContain(
      'upstream_request_duration_seconds_count{upstream="prison-api",method="GET",outcome="success"} 1',
    );
    await moduleRef.close();
  });
});
