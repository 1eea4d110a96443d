import { Module } from '@nestjs/common';
import { EpfController } from './epf.controller';
import { EpfService } from './epf.service';

/** EPF person details (spec §5.4 #35). */
@Module({ controllers: [EpfController], providers: [EpfService] })
export class EpfModule {}
