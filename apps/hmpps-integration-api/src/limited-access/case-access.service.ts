import { Injectable } from '@nestjs/common';
import { ApiError } from '@libs/errors';
import { errorBody } from '../common/api-errors';
import { PersonIdentityService } from '../identity/person-identity.service';
import { CRN_PATTERN } from '../identity/hmpps-id';
import { NDeliusGateway } from '../upstream/ndelius/ndelius.gateway';

const LAO_CHECK_FAILED = 'LAO Check failed';

/**
 * Limited access offenders (LAO): a case nDelius closes to the caller, by exclusion or restriction
 * (the reference's `GetCaseAccess`). The case is the person's CRN; a person probation does not know has
 * none and so cannot be a limited access case.
 */
@Injectable()
export class CaseAccessService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly ndelius: NDeliusGateway,
  ) {}

  async isLimitedAccess(hmppsId: string): Promise<boolean> {
    const crn = await this.crnOf(hmppsId);
    if (!crn) return false;
    const access = await this.ndelius.getCaseAccess(crn);
    if (!access.data) throw new ApiError(500, errorBody(500, LAO_CHECK_FAILED, LAO_CHECK_FAILED));
    return access.data.userExcluded || access.data.userRestricted;
  }

  private async crnOf(hmppsId: string): Promise<string | null> {
    if (CRN_PATTERN.test(hmppsId)) return hmppsId;
    const person = await this.identity.lookupPerson(hmppsId);
    return person.data?.identifiers.deliusCrn ?? null;
  }
}
