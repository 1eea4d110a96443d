import { Injectable } from '@nestjs/common';
import { NameSearchQuery } from '../../common/query-params';
import { byDateOfBirthDescending, Person } from '../../domain/person';
import { prisonerToPerson } from '../../upstream/prisoner-offender-search/prisoner.dto';
import { PrisonerOffenderSearchGateway } from '../../upstream/prisoner-offender-search/prisoner-offender-search.gateway';
import { offenderToPerson } from '../../upstream/probation-offender-search/offender.dto';
import { ProbationOffenderSearchGateway } from '../../upstream/probation-offender-search/probation-offender-search.gateway';

export interface PersonSearchCriteria extends NameSearchQuery {
  pncNumber?: string;
}

@Injectable()
export class PersonSearchService {
  constructor(
    private readonly probationSearch: ProbationOffenderSearchGateway,
    private readonly prisonerSearch: PrisonerOffenderSearchGateway,
  ) {}

  /**
   * Prison matches, then probation matches, each newest date of birth first (spec §1.6). A PNC search
   * asks probation only. Both searches run at once; a "not found" from either means no matches there.
   */
  async search(criteria: PersonSearchCriteria): Promise<Person[]> {
    const probation = this.probationSearch.searchOffenders({
      firstName: criteria.firstName,
      surname: criteria.lastName,
      pncNumber: criteria.pncNumber,
      dateOfBirth: criteria.dateOfBirth,
      includeAliases: criteria.searchWithinAliases,
    });
    const prison = criteria.pncNumber
      ? undefined
      : this.prisonerSearch.globalSearch({
          firstName: criteria.firstName,
          lastName: criteria.lastName,
          dateOfBirth: criteria.dateOfBirth,
          includeAliases: criteria.searchWithinAliases,
        });
    const [offenders, prisoners] = await Promise.all([probation, prison]);
    if (offenders.errors.length > 0) return [];
    const prisonPeople = (prisoners?.data ?? []).map(prisonerToPerson).sort(byDateOfBirthDescending);
    const probationPeople = offenders.data.map(offenderToPerson).sort(byDateOfBirthDescending);
    return [...prisonPeople, ...probationPeople];
  }
}
