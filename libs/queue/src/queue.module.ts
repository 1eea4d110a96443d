import { DynamicModule, Global, Module } from '@nestjs/common';
import { AuditPublisher } from './audit.publisher';
import { QueueService } from './queue.service';
import { QUEUE_MODULE_OPTIONS, QueueModuleOptions } from './queue.options';

/** pg-boss queues (each with a dead-letter queue, `audit` always included) on the app's database. */
@Global()
@Module({})
export class QueueModule {
  static forRoot(options: QueueModuleOptions): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      providers: [{ provide: QUEUE_MODULE_OPTIONS, useValue: options }, QueueService, AuditPublisher],
      exports: [QueueService, AuditPublisher],
    };
  }
}
