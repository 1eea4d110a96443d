import { Injectable } from '@nestjs/common';
import { badRequest, notFound, requireData, throwIfErrors } from '../common/api-errors';
import { ServiceResult, UpstreamApiErrorType } from '../common/upstream-api-error';
import { ConsumerFilters, matchesPrison } from '../consumers/consumer-filters';
import { Visit } from '../domain/visit';
import { HmppsMessageResponse } from '../hmpps-messages/hmpps-message';
import { HmppsMessageWriter, notQueued, WriteQueue } from '../hmpps-messages/hmpps-message-writer';
import { PersonIdentityService } from '../identity/person-identity.service';
import { ManagePrisonVisitsGateway } from '../upstream/manage-prison-visits/manage-prison-visits.gateway';
import { PersonalRelationshipsGateway } from '../upstream/personal-relationships/personal-relationships.gateway';
import {
  CancelVisitRequest,
  CreateVisitRequest,
  UpdateVisitRequest,
  VisitDetailsRequest,
  visitDetailsAttributes,
} from './visit-write-requests.dto';

/** The queue id Manage Prison Visits reads visits reported by external systems from. */
export const VISITS_QUEUE: WriteQueue = 'visits';

/** HEAD answers every refused write input with this one message (duplicate note types included). */
const INVALID_INPUT = 'Either invalid prisoner or prison id.';
const VISIT_NOT_FOUND = 'Could not find information for a given visit.';
/** How many contacts to ask Personal Relationships for per page while checking visitors. */
const CONTACTS_PAGE_SIZE = 100;

/**
 * HEAD's visit writes: each is checked against Personal Relationships and Manage Prison Visits (existence
 * only, never the suitability of the visit), then queued for Manage Prison Visits, which makes the change.
 */
@Injectable()
export class VisitWritesService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly visits: ManagePrisonVisitsGateway,
    private readonly relationships: PersonalRelationshipsGateway,
    private readonly messages: HmppsMessageWriter,
  ) {}

  async create(
    request: CreateVisitRequest,
    who: string,
    filters: ConsumerFilters,
  ): Promise<HmppsMessageResponse> {
    requireUniqueNoteTypes(request);
    const nomisNumber = requireData(
      await this.identity.getNomisNumberWithFilters(request.prisonerId, filters),
      {
        badRequest: INVALID_INPUT,
        notFound: VISIT_NOT_FOUND,
      },
    );
    if (!matchesPrison(filters, request.prisonId)) throw notFound('Not found');
    await this.requireVisitorsAreContacts(nomisNumber, request);
    const attributes = {
      prisonerId: request.prisonerId,
      prisonId: request.prisonId,
      clientName: who,
      clientVisitReference: request.clientVisitReference,
      ...visitDetailsAttributes(request),
      // HEAD writes an absent time as the text "null"; the owning service reads a time, so we send null.
      createDateTime: request.createDateTime ?? null,
    };
    await this.messages.send(VISITS_QUEUE, 'VISIT_CREATED', attributes, {
      who,
      failure: () => notQueued('Could not send Visit create to queue'),
    });
    return { message: 'Visit creation written to queue' };
  }

  async update(
    visitReference: string,
    request: UpdateVisitRequest,
    who: string,
    filters: ConsumerFilters,
  ): Promise<HmppsMessageResponse> {
    requireUniqueNoteTypes(request);
    const visit = await this.visitInConsumerPrisons(
      visitReference,
      filters,
      (message) => message ?? VISIT_NOT_FOUND,
    );
    await this.requireVisitorsAreContacts(requirePrisoner(visit, VISIT_NOT_FOUND), request);
    const attributes = { visitReference, ...visitDetailsAttributes(request) };
    await this.messages.send(VISITS_QUEUE, 'VISIT_UPDATED', attributes, {
      who,
      failure: () => notQueued('Could not send Visit update to queue'),
    });
    return { message: 'Visit update written to queue' };
  }

  /** A prisoner cancelling is recorded as the one who actioned it. */
  async cancel(
    visitReference: string,
    request: CancelVisitRequest,
    who: string,
    filters: ConsumerFilters,
  ): Promise<HmppsMessageResponse> {
    const prisonerMessage = 'Could not find prisoner';
    const visit = await this.visitInConsumerPrisons(visitReference, filters, () => prisonerMessage);
    const prisonerId = requirePrisoner(visit, prisonerMessage);
    const attributes = {
      visitReference,
      cancelOutcome: {
        outcomeStatus: request.cancelOutcome.outcomeStatus,
        text: request.cancelOutcome.text ?? null,
      },
      userType: request.userType,
      actionedBy: request.userType === 'PRISONER' ? prisonerId : (request.actionedBy ?? null),
    };
    await this.messages.send(VISITS_QUEUE, 'VISIT_CANCELLED', attributes, {
      who,
      failure: () => notQueued('Could not send Visit cancellation to queue'),
    });
    return { message: 'Visit cancellation written to queue' };
  }

  /**
   * The visit references a client system's reference stands for; every visit must be in one of the
   * consumer's prisons, and none found is not found.
   */
  async referencesByClientReference(clientReference: string, filters: ConsumerFilters): Promise<string[]> {
    const message = `Could not find visit references for client reference: ${clientReference}`;
    const references = requireData(await this.visits.getVisitReferencesByClientReference(clientReference), {
      notFound: message,
    });
    for (const reference of references) {
      const visit = await this.visits.getVisit(reference);
      throwIfErrors(visit, { notFound: message });
      if (!visit.data?.prisonId?.trim() || !matchesPrison(filters, visit.data.prisonId))
        throw notFound(message);
    }
    if (references.length === 0) throw notFound(message);
    return references;
  }

  /** HEAD's visit lookup: unknown, without a prison ("PrisonId not found") or outside the consumer's ("Not found"). */
  private async visitInConsumerPrisons(
    reference: string,
    filters: ConsumerFilters,
    message: (description: string | null) => string,
  ): Promise<Visit> {
    const result = await this.visits.getVisit(reference);
    const visit = requireData(result, { notFound: message(firstDescription(result)) });
    if (!visit.prisonId?.trim()) throw notFound(message('PrisonId not found'));
    if (!matchesPrison(filters, visit.prisonId)) throw notFound(message('Not found'));
    return visit;
  }

  /** Every visitor must be one of the prisoner's contacts (all pages of them). */
  private async requireVisitorsAreContacts(nomisNumber: string, request: VisitDetailsRequest): Promise<void> {
    const visitors = request.visitors ?? [];
    if (visitors.length === 0) return;
    const contactIds = new Set<number>();
    for (let page = 0; ; page++) {
      const result = await this.relationships.getPrisonerContacts(nomisNumber, page, CONTACTS_PAGE_SIZE);
      const contacts = requireData(result, { notFound: VISIT_NOT_FOUND, badRequest: INVALID_INPUT });
      for (const { contact } of contacts.content)
        if (contact.contactId !== null) contactIds.add(contact.contactId);
      if (contacts.last !== false || contacts.content.length === 0) break;
    }
    const stranger = visitors.find((visitor) => !contactIds.has(visitor.nomisPersonId));
    if (stranger) throw notFound(`No contact found with an ID of ${stranger.nomisPersonId}`);
  }
}

function requireUniqueNoteTypes(request: VisitDetailsRequest): void {
  const types = (request.visitNotes ?? []).map((note) => note.type);
  if (new Set(types).size !== types.length) throw badRequest(INVALID_INPUT);
}

function requirePrisoner(visit: Visit, message: string): string {
  if (!visit.prisonerId) throw notFound(message);
  return visit.prisonerId;
}

function firstDescription(result: ServiceResult<unknown>): string | null {
  return (
    result.errors.find((error) => error.type === UpstreamApiErrorType.ENTITY_NOT_FOUND)?.description ?? null
  );
}
