import { Module } from '@nestjs/common';
import { EntraTokenController } from './entra-token.controller';
import { LearnerAppController } from './learner-app.controller';
import { VeraApiController } from './vera-api.controller';
import { VeraStubAdminController } from './vera-stub-admin.controller';
import { VeraStubState } from './vera-stub.state';

/** Stand-in for Entra v1 token endpoint, VERA API and learner-app simulator. */
@Module({
  controllers: [EntraTokenController, VeraApiController, LearnerAppController, VeraStubAdminController],
  providers: [VeraStubState],
})
export class VeraStubModule {}
