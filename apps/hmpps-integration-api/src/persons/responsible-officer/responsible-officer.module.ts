import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { ResponsibleOfficerController } from './responsible-officer.controller';
import { ResponsibleOfficerService } from './responsible-officer.service';

/** Person responsible officer. */
@Module({
  imports: [IdentityModule],
  controllers: [ResponsibleOfficerController],
  providers: [ResponsibleOfficerService],
})
export class ResponsibleOfficerModule {}
