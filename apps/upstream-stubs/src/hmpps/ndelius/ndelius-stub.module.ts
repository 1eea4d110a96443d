import { Module } from '@nestjs/common';
import { NDeliusCaseAccessController } from './ndelius-case-access.controller';
import { NDeliusContactsController } from './ndelius-contacts.controller';
import { NDeliusController } from './ndelius.controller';
import { NDeliusProbationCasesController } from './ndelius-probation-cases.controller';
import { NDeliusSupervisionsController } from './ndelius-supervisions.controller';

@Module({ controllers: [NDeliusController, NDeliusSupervisionsController, NDeliusCaseAccessController, NDeliusContactsController, NDeliusProbationCasesController] })
export class NDeliusStubModule {}
