import type { AppTarget } from './app-target';

export interface TargetEntry {
  name: string;
  /** The app keeps data in PostgreSQL (rows or queued messages). */
  usesDatabase: boolean;
  /** Loaded lazily, so one app that fails to compile fails only its own tests. */
  load(): Promise<AppTarget>;
}

export const TARGETS: TargetEntry[] = [
  {
    name: 'birth-registration-matching',
    usesDatabase: false,
    load: async () => (await import('./brm.target')).brmTarget,
  },
  {
    name: 'learner-records',
    usesDatabase: true,
    load: async () => (await import('./learner-records.target')).learnerRecordsTarget,
  },
  {
    name: 'vera-integration',
    usesDatabase: true,
    load: async () => (await import('./vera.target')).veraTarget,
  },
  {
    name: 'hmpps-integration-api',
    usesDatabase: true,
    load: async () => (await import('./hmpps.target')).hmppsTarget,
  },
];

/** Every app, or those named in RESILIENCE_APPS (comma-separated), e.g. to rerun one app. */
export function selectedTargets(filter: (entry: TargetEntry) => boolean = () => true): TargetEntry[] {
  const wanted = process.env.RESILIENCE_APPS?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return TARGETS.filter((entry) => filter(entry) && (!wanted?.length || wanted.includes(entry.name)));
}
