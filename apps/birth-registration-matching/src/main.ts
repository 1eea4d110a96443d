import { bootstrap } from '@libs/platform';
import { AppModule } from './app.module';
import { BRM_PLATFORM_OPTIONS } from './platform-options';

void bootstrap(AppModule, BRM_PLATFORM_OPTIONS);
