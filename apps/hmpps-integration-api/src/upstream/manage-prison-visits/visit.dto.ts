import { Visit } from '../../domain/visit';

/** Manage Prison Visits `VisitDto`: the field names are the API's own, so mapping fills in the nulls. */
export type VisitDto = Partial<{ [K in keyof Visit]: Visit[K] | null }>;

export function toVisit(dto: VisitDto): Visit {
  return {
    applicationReference: dto.applicationReference ?? null,
    reference: dto.reference ?? null,
    prisonerId: dto.prisonerId ?? null,
    prisonId: dto.prisonId ?? null,
    prisonName: dto.prisonName ?? null,
    sessionTemplateReference: dto.sessionTemplateReference ?? null,
    visitRoom: dto.visitRoom ?? null,
    visitType: dto.visitType ?? null,
    visitStatus: dto.visitStatus ?? null,
    visitSubStatus: dto.visitSubStatus ?? null,
    outcomeStatus: dto.outcomeStatus ?? null,
    visitRestriction: dto.visitRestriction ?? null,
    startTimestamp: dto.startTimestamp ?? null,
    endTimestamp: dto.endTimestamp ?? null,
    visitNotes: (dto.visitNotes ?? []).map((note) => ({ type: note.type ?? null, text: note.text ?? null })),
    visitContact: dto.visitContact
      ? {
          name: dto.visitContact.name ?? null,
          telephone: dto.visitContact.telephone ?? null,
          email: dto.visitContact.email ?? null,
        }
      : null,
    visitors: (dto.visitors ?? []).map((visitor) => ({
      contactId: visitor.contactId ?? null,
      visitContact: visitor.visitContact ?? null,
    })),
    visitorSupport: dto.visitorSupport ? { description: dto.visitorSupport.description ?? null } : null,
    visitExternalSystemDetails: dto.visitExternalSystemDetails
      ? {
          clientName: dto.visitExternalSystemDetails.clientName ?? null,
          clientVisitReference: dto.visitExternalSystemDetails.clientVisitReference ?? null,
        }
      : null,
    createdTimestamp: dto.createdTimestamp ?? null,
    modifiedTimestamp: dto.modifiedTimestamp ?? null,
    firstBookedDateTime: dto.firstBookedDateTime ?? null,
  };
}

/** The search criteria Manage Prison Visits takes (`page` counts from 0 upstream). */
export interface VisitSearchCriteria {
  prisonId: string;
  visitStatus: string;
  prisonerId?: string;
  visitStartDate?: string;
  visitEndDate?: string;
  page: number;
  size: number;
}
