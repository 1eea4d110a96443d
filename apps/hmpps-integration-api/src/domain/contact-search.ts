/** How Personal Relationships matches names in a contact search. */
export const CONTACT_SEARCH_TYPES = ['EXACT', 'PARTIAL', 'SOUNDS_LIKE'] as const;
export type ContactSearchType = (typeof CONTACT_SEARCH_TYPES)[number];

export interface ContactSearchCriteria {
  firstName: string | null;
  middleNames: string | null;
  lastName: string | null;
  /** dd/MM/yyyy, as Personal Relationships takes it. */
  dateOfBirth: string | null;
  searchType: ContactSearchType;
}

/** A contact found by a search, with their primary address. */
export interface ContactSearchResult {
  contactId: number;
  lastName: string | null;
  firstName: string | null;
  middleNames: string | null;
  dateOfBirth: string | null;
  flat: string | null;
  property: string | null;
  street: string | null;
  area: string | null;
  cityCode: string | null;
  cityDescription: string | null;
  countyCode: string | null;
  countyDescription: string | null;
  postCode: string | null;
  countryCode: string | null;
  countryDescription: string | null;
  mailAddress: boolean | null;
  startDate: string | null;
  endDate: string | null;
  noFixedAddress: boolean | null;
  comments: string | null;
}

/** A prisoner a contact is related to, one entry per relationship. */
export interface ContactLinkedPrisoner {
  prisonerNumber: string | null;
  lastName: string | null;
  firstName: string | null;
  middleNames: string | null;
  relationshipTypeCode: string | null;
  relationshipTypeDescription: string | null;
  relationshipToPrisonerCode: string | null;
  relationshipToPrisonerDescription: string | null;
  isRelationshipActive: boolean | null;
  prisonerContactId: number | null;
}
