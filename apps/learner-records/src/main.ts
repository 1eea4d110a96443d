import { bootstrap } from '@libs/platform';
import { AppModule } from './app.module';
import { LEARNER_RECORDS_PLATFORM_OPTIONS } from './platform-options';

void bootstrap(AppModule, LEARNER_RECORDS_PLATFORM_OPTIONS);
