import { Injectable } from '@nestjs/common';
import { throwIfErrors } from '../../common/api-errors';
import { success } from '../../common/upstream-api-error';
import {
  noCommunityOffenderManager,
  noPrisonOffenderManager,
  PersonResponsibleOfficer,
} from '../../domain/probation-case';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { ManagePomCaseGateway } from '../../upstream/manage-pom-case/manage-pom-case.gateway';
import { NDeliusGateway } from '../../upstream/ndelius/ndelius.gateway';
import { lookupPersonWithinFilters } from '../person-lookup';

@Injectable()
export class ResponsibleOfficerService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly managePomCase: ManagePomCaseGateway,
    private readonly ndelius: NDeliusGateway,
  ) {}

  /**
   * The prison offender manager (Manage POM Case, by NOMIS number) and the community offender manager
   * (nDelius, by CRN), fetched at once. A side the person has no id for is reported with every field null.
   * The prison side's 404 wins over the community side's. The consumer's prisons and
   * supervision statuses apply (the reference added them after the seed era).
   */
  async getResponsibleOfficer(hmppsId: string): Promise<PersonResponsibleOfficer> {
    const pomNotFound = `Could not find prison offender manager related to id: ${hmppsId}`;
    const person = await lookupPersonWithinFilters(this.identity, hmppsId, pomNotFound);
    const { nomisNumber, deliusCrn } = person.identifiers;
    const [pom, probationCase] = await Promise.all([
      nomisNumber ? this.managePomCase.getPrimaryPom(nomisNumber) : success(null),
      deliusCrn ? this.ndelius.getProbationCase(deliusCrn) : success(null),
    ]);
    throwIfErrors(pom, { notFound: pomNotFound });
    throwIfErrors(probationCase, {
      notFound: `Could not find community offender manager related to id: ${hmppsId}`,
    });
    return {
      prisonOffenderManager: pom.data ?? noPrisonOffenderManager(),
      communityOffenderManager: probationCase.data?.communityManager ?? noCommunityOffenderManager(),
    };
  }
}
