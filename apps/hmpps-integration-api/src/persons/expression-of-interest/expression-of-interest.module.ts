import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { ExpressionOfInterestController } from './expression-of-interest.controller';
import { ExpressionOfInterestService } from './expression-of-interest.service';

@Module({
  imports: [IdentityModule],
  controllers: [ExpressionOfInterestController],
  providers: [ExpressionOfInterestService],
})
export class ExpressionOfInterestModule {}
