import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { IdentityModule } from '../identity/identity.module';
import { CaseAccessService } from '../limited-access/case-access.service';
import { RedactionInterceptor } from './redaction.interceptor';

/** The roles' redaction policies, on every controller. */
@Module({
  imports: [IdentityModule],
  providers: [CaseAccessService, { provide: APP_INTERCEPTOR, useClass: RedactionInterceptor }],
})
export class RedactionModule {}
