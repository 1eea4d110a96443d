import { AppConfig } from '../config';
import { FeatureFlags } from '../feature-flags/feature-flags';
import { DomainEvent } from './domain-event';
import { DomainEventProcessor } from './domain-event-processor';
import { EventDelivery } from './event-delivery.service';
import { EventIdentitiesService } from './event-identities.service';
import { EventIdentities, NewEventNotification } from './event-notification';
import { EventNotificationStore } from './event-notification.store';
import { EventsSettings } from './events.config';

const merge: DomainEvent = {
  eventType: 'prison-offender-events.prisoner.merged',
  occurredAt: '2026-01-15T10:00:00Z',
  personReference: { identifiers: [{ type: 'NOMS', value: 'G2996UX' }] },
  additionalInformation: {
    removedNomsNumber: 'A9999AA',
    nomsNumber: 'G2996UX',
    categoriesChanged: [],
  } as never,
  reason: null,
  prisonerId: null,
  prisonId: null,
  detailUrl: null,
};

function processor(environment: 'local' | 'prod', env: NodeJS.ProcessEnv = {}, deduplicate = true) {
  const stored: NewEventNotification[][] = [];
  const sent: NewEventNotification[][] = [];
  const resolved: DomainEvent[] = [];
  const identities = {
    resolve: async (event: DomainEvent): Promise<EventIdentities> => {
      resolved.push(event);
      return { hmppsId: 'AB123123', prisonId: 'MDI', supervisionStatus: 'PRISONS' };
    },
  } as unknown as EventIdentitiesService;
  const store = {
    insertPending: async (events: NewEventNotification[]) => stored.push(events),
  } as unknown as EventNotificationStore;
  const delivery = {
    sendNow: async (events: NewEventNotification[]) => void sent.push(events),
  } as unknown as EventDelivery;
  const config = { values: { featureFlags: FeatureFlags.forEnvironment(environment, env) } } as AppConfig;
  const settings = { baseUrl: 'https://api.test', deduplicate } as EventsSettings;
  return {
    processor: new DomainEventProcessor(config, identities, store, delivery, settings),
    stored,
    sent,
    resolved,
  };
}

describe('DomainEventProcessor (HEAD DomainEventService)', () => {
  it('stores every type a domain event makes, with de-duplication', async () => {
    const { processor: subject, stored, sent } = processor('local');
    expect(await subject.process(merge)).toBe(2);
    expect(stored).toEqual([
      [
        {
          eventType: 'PERSON_STATUS_CHANGED',
          hmppsId: 'AB123123',
          prisonId: 'MDI',
          supervisionStatus: 'PRISONS',
          url: 'https://api.test/v1/persons/AB123123',
        },
        {
          eventType: 'PRISONER_MERGED',
          hmppsId: 'A9999AA',
          prisonId: 'MDI',
          supervisionStatus: 'PRISONS',
          url: 'https://api.test/v1/persons/A9999AA',
        },
      ],
    ]);
    expect(sent).toEqual([]);
  });

  it('leaves out the types whose flag is off in the environment (prod: no merge events)', async () => {
    const { processor: subject, stored } = processor('prod');
    await subject.process(merge);
    expect(stored[0].map((event) => event.eventType)).toEqual(['PERSON_STATUS_CHANGED']);
    const overridden = processor('prod', { FEATURE_FLAG_PRISONER_MERGE_NOTIFICATIONS_ENABLED: 'true' });
    await overridden.processor.process(merge);
    expect(overridden.stored[0].map((event) => event.eventType)).toEqual([
      'PERSON_STATUS_CHANGED',
      'PRISONER_MERGED',
    ]);
  });

  it('sends at once without de-duplication (HEAD DirectDomainEventService)', async () => {
    const { processor: subject, stored, sent } = processor('local', {}, false);
    await subject.process(merge);
    expect(stored).toEqual([]);
    expect(sent[0]).toHaveLength(2);
  });

  it('looks nobody up for a domain event no type applies to', async () => {
    const { processor: subject, resolved, stored } = processor('local');
    expect(await subject.process({ ...merge, eventType: 'non-associations.created' })).toBe(0);
    expect(resolved).toEqual([]);
    expect(stored).toEqual([]);
  });
});
