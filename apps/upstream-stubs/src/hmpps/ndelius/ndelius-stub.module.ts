import { Module } from '@nestjs/common';
import { NDeliusController } from './ndelius.controller';
import { NDeliusSupervisionsController } from './ndelius-supervisions.controller';

@Module({ controllers: [NDeliusController, NDeliusSupervisionsController] })
export class NDeliusStubModule {}
