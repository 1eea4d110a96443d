import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { PrisonersController } from './prisoners/prisoners.controller';
import { PrisonersService } from './prisoners/prisoners.service';

/** `/v1/prison/…`: prisoners now; balances, transactions, non-associations and visit search join here. */
@Module({
  imports: [IdentityModule],
  controllers: [PrisonersController],
  providers: [PrisonersService],
})
export class PrisonModule {}
