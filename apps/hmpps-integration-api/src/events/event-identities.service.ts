import { Injectable } from '@nestjs/common';
import { Offender } from '../domain/offender';
import { Prisoner } from '../domain/prisoner';
import { ServiceResult, UpstreamApiErrorType } from '../common/upstream-api-error';
import { isNomisNumber } from '../identity/hmpps-id';
import { PrisonerOffenderSearchGateway } from '../upstream/prisoner-offender-search/prisoner-offender-search.gateway';
import { NDeliusGateway } from '../upstream/ndelius/ndelius.gateway';
import { DomainEvent, PoisonMessageError } from './domain-event';
import { EventIdentities, EventSupervisionStatus, isPathSegment } from './event-notification';

/** A location key starts with its prison's id (`MDI-A-1-001`). */
const LOCATION_KEY_PRISON = /^[A-Z]*(?=-|$)/;

/**
 * The person and prison a domain event is about, as HEAD's `DomainEventIdentitiesResolver` finds them,
 * through this app's gateways: the probation record (nDelius' probation case search) and the prisoner
 * record (prisoner search). Records "not found" take HEAD's fall-backs; an upstream that fails (5xx, timeout) fails the
 * message, so SQS delivers it again later rather than the event going out with a guessed identity.
 */
@Injectable()
export class EventIdentitiesService {
  constructor(
    private readonly nDelius: NDeliusGateway,
    private readonly prisonerSearch: PrisonerOffenderSearchGateway,
  ) {}

  async resolve(event: DomainEvent): Promise<EventIdentities> {
    const records = new PersonRecords(this.nDelius, this.prisonerSearch);
    const [hmppsId, prisonId] = await Promise.all([
      this.hmppsId(event, records),
      this.prisonId(event, records),
    ]);
    return { hmppsId, prisonId, supervisionStatus: await this.supervisionStatus(hmppsId, records) };
  }

  /**
   * The id consumers know the person by: the event's CRN when probation knows it (a CRN probation does
   * not know fails the message, as in HEAD), else the CRN probation holds for the event's NOMIS number,
   * else that NOMIS number.
   */
  private async hmppsId(event: DomainEvent, records: PersonRecords): Promise<string | null> {
    const crn = event.personReference?.identifiers.find((identifier) => identifier.type === 'CRN')?.value;
    if (crn !== undefined) {
      if (!(await records.offender(crn)))
        throw new PoisonMessageError(`probation does not know the CRN of this ${event.eventType} event`);
      return crn;
    }
    const nomisNumber = nomisNumberOf(event);
    if (nomisNumber === null) return null;
    const offender = isNomisNumber(nomisNumber) ? await records.offender(nomisNumber) : null;
    return offender?.crn ?? nomisNumber;
  }

  /** The event's own prison, else the prisoner's current one, else the prison its location key starts with. */
  private async prisonId(event: DomainEvent, records: PersonRecords): Promise<string | null> {
    const own = event.prisonId ?? event.additionalInformation?.prisonId ?? null;
    if (own !== null) return safe(own);
    const nomisNumber = nomisNumberOf(event);
    if (nomisNumber !== null) return safe((await records.prisoner(nomisNumber))?.inPrison.prisonId ?? null);
    const key = event.additionalInformation?.key;
    return key ? safe(LOCATION_KEY_PRISON.exec(key)?.[0] || null) : null;
  }

  /**
   * HEAD's supervision status: PRISONS while prisoner search has the person ACTIVE…, otherwise PROBATION
   * while probation manages a sentence, NONE when it does not, UNKNOWN when nobody knows them.
   */
  private async supervisionStatus(
    hmppsId: string | null,
    records: PersonRecords,
  ): Promise<EventSupervisionStatus> {
    if (hmppsId === null) return 'UNKNOWN';
    const offender = await records.offender(hmppsId);
    if (!isNomisNumber(hmppsId) && !offender) return 'UNKNOWN';
    const nomisNumber = isNomisNumber(hmppsId) ? hmppsId : offender?.nomisNumber;
    const prisoner = nomisNumber ? await records.prisoner(nomisNumber) : null;
    if (nomisNumber && !prisoner) return 'UNKNOWN';
    if (prisoner?.inPrison.status?.startsWith('ACTIVE')) return 'PRISONS';
    if (!offender) return 'UNKNOWN';
    return offender.underActiveSupervision === true ? 'PROBATION' : 'NONE';
  }
}

/** HEAD's order: the person reference's NOMIS number, then the fields various services put it in. */
function nomisNumberOf(event: DomainEvent): string | null {
  const reference = event.personReference?.identifiers.find(
    (identifier) => identifier.type === 'nomsNumber' || identifier.type === 'NOMS',
  )?.value;
  const info = event.additionalInformation;
  return (
    reference ?? info?.nomsNumber ?? info?.prisonerId ?? info?.prisonerNumber ?? event.prisonerId ?? null
  );
}

/** A prison id that could be a path segment; anything else is treated as no prison (no prison filter admits it). */
function safe(prisonId: string | null): string | null {
  return prisonId !== null && isPathSegment(prisonId) ? prisonId : null;
}

/** The records of one domain event's person, each asked for once however many look-ups need it. */
class PersonRecords {
  private readonly offenders = new Map<string, Promise<Offender | null>>();
  private readonly prisoners = new Map<string, Promise<Prisoner | null>>();

  constructor(
    private readonly nDelius: NDeliusGateway,
    private readonly prisonerSearch: PrisonerOffenderSearchGateway,
  ) {}

  /** The probation record of a CRN or NOMIS number; null when probation does not know it. */
  offender(id: string): Promise<Offender | null> {
    return this.once(this.offenders, id, () => this.nDelius.findOffender(id));
  }

  /** The prisoner record of a NOMIS number; null when prisoner search does not know it. */
  prisoner(nomisNumber: string): Promise<Prisoner | null> {
    return this.once(this.prisoners, nomisNumber, () => this.prisonerSearch.getPrisoner(nomisNumber));
  }

  private once<T>(
    cache: Map<string, Promise<T | null>>,
    key: string,
    fetch: () => Promise<ServiceResult<T | null>>,
  ) {
    let record = cache.get(key);
    if (!record) {
      record = fetch().then(foundOrNull);
      cache.set(key, record);
    }
    return record;
  }
}

/** Not found is an answer; any other refusal (a 409, say) is not one the look-up can use, so it fails. */
function foundOrNull<T>(result: ServiceResult<T | null>): T | null {
  if (result.data) return result.data;
  const unexpected = result.errors.find((error) => error.type !== UpstreamApiErrorType.ENTITY_NOT_FOUND);
  if (unexpected)
    throw new Error(`${unexpected.causedBy} answered ${unexpected.type} to an identity look-up`);
  return null;
}
