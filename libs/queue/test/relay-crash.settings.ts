import { QueueDeclaration, RelaySettings } from '../src';

export const CRASH_QUEUES: Record<string, QueueDeclaration> = { crash: { localName: 'crash-test' } };

/** Small claims, so a kill lands inside one; a short lease, so the next relay takes its rows over soon. */
export const CRASH_RELAY: Partial<RelaySettings> = { batchSize: 40, leaseSeconds: 2, pollIntervalMs: 50 };
