import { Module } from '@nestjs/common';
import { NDeliusCaseAccessController } from './ndelius-case-access.controller';
import { NDeliusContactsController } from './ndelius-contacts.controller';
import { NDeliusController } from './ndelius.controller';
import { NDeliusSupervisionsController } from './ndelius-supervisions.controller';

@Module({ controllers: [NDeliusController, NDeliusSupervisionsController, NDeliusCaseAccessController, NDeliusContactsController] })
export class NDeliusStubModule {}
