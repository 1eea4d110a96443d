import { Injectable } from '@nestjs/common';
import { notFound, upstreamFailure } from '../../common/api-errors';
import { UpstreamApi, UpstreamApiErrorType } from '../../common/upstream-api-error';
import { Person, PersonOnProbation } from '../../domain/person';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { prisonerToPerson } from '../../upstream/prisoner-offender-search/prisoner.dto';
import { offenderToPersonOnProbation } from '../../upstream/probation-offender-search/offender.dto';

export interface PersonDetails {
  prisonerOffenderSearch: Person | null;
  probationOffenderSearch: PersonOnProbation | null;
}

@Injectable()
export class PersonDetailsService {
  constructor(private readonly identity: PersonIdentityService) {}

  /**
   * Probation is the source of record: a person probation does not know is not found, even when
   * prisoner search knows the NOMIS number (spec §5.1 #2). A prisoner-search "not found" leaves the
   * prison half empty.
   */
  async getPersonDetails(hmppsId: string): Promise<PersonDetails> {
    const result = await this.identity.getCombinedDataForPerson(hmppsId);
    for (const error of result.errors) {
      const notFoundError = error.type === UpstreamApiErrorType.ENTITY_NOT_FOUND;
      if (notFoundError && error.causedBy === UpstreamApi.PROBATION_OFFENDER_SEARCH) {
        throw notFound(`Could not find person with id: ${hmppsId}`);
      }
      if (!notFoundError) throw upstreamFailure(error);
    }
    return {
      prisonerOffenderSearch: result.data.prisoner ? prisonerToPerson(result.data.prisoner) : null,
      probationOffenderSearch: result.data.offender
        ? offenderToPersonOnProbation(result.data.offender)
        : null,
    };
  }
}
