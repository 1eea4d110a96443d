/** Licences and their conditions from Create and Vary a Licence (spec §5.4 #34). */
export interface LicenceCondition {
  type: string | null;
  code: string | null;
  category: string | null;
  condition: string | null;
}

/** HEAD's `Licence` leaves out (`@JsonIgnore`) CVL's licence id and the prison number. */
export interface Licence {
  status: string | null;
  typeCode: string | null;
  createdDate: string | null;
  approvedDate: string | null;
  updatedDate: string | null;
  conditions: LicenceCondition[];
}

export interface PersonLicences {
  hmppsId: string;
  offenderNumber: string | null;
  licences: Licence[];
}
