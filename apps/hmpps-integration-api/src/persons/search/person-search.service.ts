import { Injectable } from '@nestjs/common';
import { PageRequest } from '../../common/page-query';
import { NameSearch } from '../../common/name-search.query';
import { ServiceResult, success } from '../../common/upstream-api-error';
import { requestFeatureFlags, requestFilters } from '../../consumers/authorised-consumer';
import { isPrisonsOnly } from '../../consumers/consumer-filters';
import { Offender } from '../../domain/offender';
import { byDateOfBirthDescending, Person } from '../../domain/person';
import { NDeliusGateway } from '../../upstream/ndelius/ndelius.gateway';
import { ProbationCaseCriteria } from '../../upstream/shared/search-requests';
import { PrisonerOffenderSearchGateway } from '../../upstream/prisoner-offender-search/prisoner-offender-search.gateway';
import { ProbationOffenderSearchGateway } from '../../upstream/probation-offender-search/probation-offender-search.gateway';
import { dataUnlessNotFound } from '../tolerate-not-found';

export interface PersonSearchCriteria extends NameSearch {
  pncNumber?: string;
}

/** HEAD's flag: both halves paged upstream, the probation half from Probation Offender Search. */
const PAGED_SEARCH_FLAG = 'use-probation-search-for-person-search';

@Injectable()
export class PersonSearchService {
  constructor(
    private readonly nDelius: NDeliusGateway,
    private readonly probationSearch: ProbationOffenderSearchGateway,
    private readonly prisonerSearch: PrisonerOffenderSearchGateway,
  ) {}

  /**
   * HEAD's `personAttributeSearch`: prison matches (Prisoner Search's attribute search: the PNC, the
   * consumer's prisons, the name and date of birth, on aliases too when asked), then probation matches,
   * each newest date of birth first. With `use-probation-search-for-person-search` both halves ask for
   * the page upstream and the probation half is Probation Offender Search's person search; without it
   * the probation half is nDelius' case search. Both searches run at once. A consumer limited to people in
   * prison (prisons, or supervision status PRISONS alone) is not given probation's matches.
   *
   * A "not found" from either search means no matches there; any other refusal fails the request (a 500
   * naming the upstream) rather than answering half the matches.
   */
  async search(criteria: PersonSearchCriteria, page: PageRequest): Promise<Person[]> {
    const filters = requestFilters();
    const paged = requestFeatureFlags().isEnabled(PAGED_SEARCH_FLAG);
    const upstreamPage = { page: page.page - 1, size: page.perPage };
    const probationCriteria: ProbationCaseCriteria = {
      firstName: criteria.firstName,
      surname: criteria.lastName,
      pncNumber: criteria.pncNumber,
      dateOfBirth: criteria.dateOfBirth,
      includeAliases: criteria.searchWithinAliases,
    };
    const probation: Promise<ServiceResult<Offender[]>> = isPrisonsOnly(filters)
      ? Promise.resolve(success([]))
      : paged
        ? this.probationSearch.searchPeople(probationCriteria, upstreamPage)
        : this.nDelius.searchProbationCases(probationCriteria);
    const prison = this.prisonerSearch.searchPersons(
      {
        firstName: criteria.firstName,
        lastName: criteria.lastName,
        pncNumber: criteria.pncNumber,
        dateOfBirth: criteria.dateOfBirth,
        includeAliases: criteria.searchWithinAliases,
        prisons: filters.prisons,
      },
      paged ? upstreamPage : undefined,
    );
    // Both awaited together, so neither failure goes unhandled while the other is awaited.
    const [offenders, prisoners] = await Promise.all([probation, prison]);
    const prisonPeople = dataUnlessNotFound(prisoners, [])
      .map((prisoner) => prisoner.person)
      .sort(byDateOfBirthDescending);
    const probationPeople = dataUnlessNotFound(offenders, [])
      .map((offender) => offender.person)
      .sort(byDateOfBirthDescending);
    return [...prisonPeople, ...probationPeople];
  }
}
