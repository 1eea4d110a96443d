export interface AddressType {
  code: string;
  description: string;
}

/** An address from NOMIS or nDelius, in one shape (spec §5.1). */
export interface Address {
  country: string | null;
  county: string | null;
  endDate: string | null;
  locality: string | null;
  name: string | null;
  noFixedAddress: boolean | null;
  number: string | null;
  postcode: string | null;
  startDate: string | null;
  street: string | null;
  town: string | null;
  types: AddressType[];
  notes: string | null;
}
