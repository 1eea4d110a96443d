/** What nDelius records about a probation case beyond its sentences (spec §5.4 #27, #28, #32, #33). */
export interface MappaDetail {
  level: number | null;
  levelDescription: string | null;
  category: number | null;
  categoryDescription: string | null;
  startDate: string | null;
  reviewDate: string | null;
  notes: string | null;
}

/** A dynamic risk (registration) or a person status: both have this shape. */
export interface Registration {
  code: string | null;
  description: string | null;
  startDate: string | null;
  reviewDate: string | null;
  notes: string | null;
}

export type DynamicRisk = Registration;
export type StatusInformation = Registration;

export interface CommunityOffenderManager {
  name: { forename: string | null; surname: string | null };
  email: string | null;
  telephoneNumber: string | null;
  team: {
    code: string | null;
    description: string | null;
    email: string | null;
    telephoneNumber: string | null;
  };
}

export interface PrisonOffenderManager {
  forename: string | null;
  surname: string | null;
  prison: { code: string | null };
}

export interface PersonResponsibleOfficer {
  prisonOffenderManager: PrisonOffenderManager;
  communityOffenderManager: CommunityOffenderManager;
}
