import { Module } from '@nestjs/common';
import { NonAssociationsController } from './non-associations.controller';
import { NonAssociationsService } from './non-associations.service';

@Module({
  controllers: [NonAssociationsController],
  providers: [NonAssociationsService],
})
export class NonAssociationsModule {}
