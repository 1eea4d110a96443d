import { MetricsService } from '@libs/platform';
import type { INestApplication } from '@nestjs/common';

/** What the app's metrics port would serve at `/metrics`. */
export function registryPage(app: INestApplication): Promise<string> {
  return app.get(MetricsService).registry.metrics();
}
