import { startTracing } from './otel';

startTracing();
