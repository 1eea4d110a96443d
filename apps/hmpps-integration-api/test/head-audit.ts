import { QueueEmulator } from '@libs/testing';

export interface AuditMessage {
  what: string;
  who: string;
  details: string;
}

/**
 * The audit events the app sent to the `audit` queue, kept as they are taken from the emulator, so one
 * test file can look for the events of each of its requests: `seen(what, hmppsId)` waits until an event
 * with that name and `{hmppsId}` details has arrived.
 */
export function auditLog(queues: () => QueueEmulator) {
  const taken: AuditMessage[] = [];
  const matching = (what: string, details: unknown) =>
    taken.filter((event) => event.what === what && event.details === JSON.stringify(details));
  return {
    async seen(what: string, details: unknown, timeoutMs = 20_000): Promise<AuditMessage[]> {
      const deadline = Date.now() + timeoutMs;
      while (matching(what, details).length === 0 && Date.now() < deadline) {
        const messages = await queues().collect('audit', { count: 1, timeoutMs: 2_000, quietMs: 200 });
        taken.push(...messages.map((message) => message.json as AuditMessage));
      }
      return matching(what, details);
    },
  };
}
