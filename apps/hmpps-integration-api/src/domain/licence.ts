/** Licences and their conditions from Create and Vary a Licence (spec §5.4 #34). */
export interface LicenceCondition {
  type: string | null;
  code: string | null;
  category: string | null;
  condition: string | null;
}

export interface Licence {
  id: string;
  offenderNumber: string | null;
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
