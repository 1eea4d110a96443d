import { Injectable } from '@nestjs/common';
import { NameSearch } from '../../common/name-search.query';
import { success } from '../../common/upstream-api-error';
import { requestFilters } from '../../consumers/authorised-consumer';
import { isPrisonsOnly } from '../../consumers/consumer-filters';
import { byDateOfBirthDescending, Person } from '../../domain/person';
import { PrisonerOffenderSearchGateway } from '../../upstream/prisoner-offender-search/prisoner-offender-search.gateway';
import { Offender } from '../../domain/offender';
import { NDeliusGateway } from '../../upstream/ndelius/ndelius.gateway';

export interface PersonSearchCriteria extends NameSearch {
  pncNumber?: string;
}

@Injectable()
export class PersonSearchService {
  constructor(
    private readonly nDelius: NDeliusGateway,
    private readonly prisonerSearch: PrisonerOffenderSearchGateway,
  ) {}

  /**
   * Prison matches, then probation matches (nDelius' probation case search, only the criteria given
   * sent), each newest date of birth first. A PNC search asks probation only. Both searches run at once; a "not found" from either means no matches there.
   *
   * As in the reference since the seed era: a consumer limited to some prisons finds prisoners held in
   * them only, and one limited to people in prison (prisons, or supervision status PRISONS alone) is not
   * given probation's matches.
   */
  async search(criteria: PersonSearchCriteria): Promise<Person[]> {
    const filters = requestFilters();
    const nameCriteria = {
      firstName: criteria.firstName,
      lastName: criteria.lastName,
      dateOfBirth: criteria.dateOfBirth,
      includeAliases: criteria.searchWithinAliases,
    };
    const probation = isPrisonsOnly(filters)
      ? Promise.resolve(success<Offender[]>([]))
      : this.nDelius.searchProbationCases({
          firstName: criteria.firstName,
          surname: criteria.lastName,
          pncNumber: criteria.pncNumber,
          dateOfBirth: criteria.dateOfBirth,
          includeAliases: criteria.searchWithinAliases,
        });
    const prison =
      criteria.pncNumber || filters.prisons?.length === 0
        ? undefined
        : filters.prisons === null
          ? this.prisonerSearch.globalSearch(nameCriteria)
          : this.prisonerSearch.searchInPrisons(nameCriteria, filters.prisons);
    const [offenders, prisoners] = await Promise.all([probation, prison]);
    if (offenders.errors.length > 0) return [];
    const prisonPeople = (prisoners?.data ?? [])
      .map((prisoner) => prisoner.person)
      .sort(byDateOfBirthDescending);
    const probationPeople = offenders.data.map((offender) => offender.person).sort(byDateOfBirthDescending);
    return [...prisonPeople, ...probationPeople];
  }
}
