import { Module } from '@nestjs/common';
import { AdjudicationsModule } from './adjudications/adjudications.module';
import { AlertsModule } from './alerts/alerts.module';
import { CaseNotesModule } from './case-notes/case-notes.module';
import { LicencesModule } from './licences/licences.module';
import { OffencesModule } from './offences/offences.module';
import { ResponsibleOfficerModule } from './responsible-officer/responsible-officer.module';
import { RisksModule } from './risks/risks.module';
import { SentencesModule } from './sentences/sentences.module';

/** A person's prison and probation records, one module per feature. */
@Module({
  imports: [
    SentencesModule,
    OffencesModule,
    AdjudicationsModule,
    AlertsModule,
    CaseNotesModule,
    RisksModule,
    ResponsibleOfficerModule,
    LicencesModule,
  ],
})
export class PersonRecordsModule {}
