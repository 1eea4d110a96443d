/** A prison visit (Manage Prison Visits), as the API hands it out (spec §5.2). */
export interface Visit {
  applicationReference: string | null;
  reference: string | null;
  prisonerId: string | null;
  prisonId: string | null;
  prisonName: string | null;
  sessionTemplateReference: string | null;
  visitRoom: string | null;
  visitType: string | null;
  visitStatus: string | null;
  visitSubStatus: string | null;
  outcomeStatus: string | null;
  visitRestriction: string | null;
  startTimestamp: string | null;
  endTimestamp: string | null;
  visitNotes: { type: string | null; text: string | null }[];
  visitContact: { name: string | null; telephone: string | null; email: string | null } | null;
  visitors: { contactId: number | null; visitContact: boolean | null }[];
  visitorSupport: { description: string | null } | null;
  /** Where the visit was booked from outside Manage Prison Visits, that system and its reference. */
  visitExternalSystemDetails: { clientName: string | null; clientVisitReference: string | null } | null;
  createdTimestamp: string | null;
  modifiedTimestamp: string | null;
  firstBookedDateTime: string | null;
}

/** A restriction on a prisoner's visits (Prison API offender restrictions). */
export interface PersonVisitRestriction {
  restrictionId: number | null;
  comment: string;
  restrictionType: string | null;
  restrictionTypeDescription: string | null;
  startDate: string | null;
  expiryDate: string | null;
  active: boolean | null;
}

export interface VisitOrders {
  remainingVisitOrders: number;
  remainingPrivilegeVisitOrders: number;
}
