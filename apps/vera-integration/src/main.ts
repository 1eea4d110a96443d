import { bootstrap } from '@libs/platform';
import { AppModule } from './app.module';
import { VERA_PLATFORM_OPTIONS } from './platform-options';

void bootstrap(AppModule, VERA_PLATFORM_OPTIONS);
