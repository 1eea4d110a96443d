/** nDelius' answer for one case: whether the case is closed to the caller, and why. */
export interface CaseAccess {
  crn: string;
  userExcluded: boolean;
  userRestricted: boolean;
  exclusionMessage?: string | null;
  restrictionMessage?: string | null;
}

export interface UserAccessDto {
  access?: CaseAccess[];
}
