import { Module } from '@nestjs/common';
import { EpfController } from './epf.controller';
import { EpfService } from './epf.service';

/** EPF person details. */
@Module({ controllers: [EpfController], providers: [EpfService] })
export class EpfModule {}
