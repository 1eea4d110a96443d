import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { PrisonersController } from './prisoners/prisoners.controller';
import { PrisonersService } from './prisoners/prisoners.service';

/**
 * `/v1/prison/prisoners…`: prisoner search and the prisoner record. Finance, non-associations and visit
 * search, also under `/v1/prison/`, are modules of their own.
 */
@Module({
  imports: [IdentityModule],
  controllers: [PrisonersController],
  providers: [PrisonersService],
})
export class PrisonModule {}
