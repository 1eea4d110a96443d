import { bootstrap } from '@libs/platform';
import { AppModule } from './app.module';
import { platformOptions } from './platform-options';

void bootstrap(AppModule, platformOptions());
