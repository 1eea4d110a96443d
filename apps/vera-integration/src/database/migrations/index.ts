import { CreateVeraTables1763700000000 } from './1763700000000-create-vera-tables';
import { PageSessionsAndConnectionChecks1764800000000 } from './1764800000000-page-sessions-and-connection-checks';

/** This app's tables, in order. */
export const MIGRATIONS = [CreateVeraTables1763700000000, PageSessionsAndConnectionChecks1764800000000];
