import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { NonAssociationsController } from './non-associations.controller';
import { NonAssociationsService } from './non-associations.service';

@Module({
  imports: [IdentityModule],
  controllers: [NonAssociationsController],
  providers: [NonAssociationsService],
})
export class NonAssociationsModule {}
