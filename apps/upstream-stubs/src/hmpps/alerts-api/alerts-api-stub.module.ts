import { Module } from '@nestjs/common';
import { AlertsApiController } from './alerts-api.controller';

@Module({ controllers: [AlertsApiController] })
export class AlertsApiStubModule {}
