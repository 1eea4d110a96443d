import { bootstrap } from '@libs/platform';
import { AppModule } from './app.module';
import { platformOptions } from './app-platform';

void bootstrap(AppModule, platformOptions());
