/** The address lines a search matches on; a blank one matches anything. */
export interface AddressSearchCriteria {
  buildingName: string | null;
  addressNumber: string | null;
  streetName: string | null;
  postcode: string | null;
}

export interface CodeAndDescription {
  code: string | null;
  description: string | null;
}

export interface SearchedAddress {
  buildingName: string | null;
  addressNumber: string | null;
  streetName: string | null;
  district: string | null;
  town: string | null;
  county: string | null;
  postcode: string | null;
  /** Probation search does not give it: always null, as in the reference. */
  endDate: string | null;
  startDate: string | null;
  status: CodeAndDescription | null;
  type: CodeAndDescription | null;
  noFixedAbode: boolean | null;
}

/** A probation person at an address matching a search: `hmppsId` is their CRN. */
export interface PersonAddressMatch {
  hmppsId: string | null;
  address: SearchedAddress;
  matchScore: number | null;
}
