import { bootstrap } from '@libs/platform';
import { AppModule, STUBS_PLATFORM_OPTIONS } from './app.module';

void bootstrap(AppModule, STUBS_PLATFORM_OPTIONS);
