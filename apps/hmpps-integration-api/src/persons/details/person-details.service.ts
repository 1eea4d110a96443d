import { Injectable } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { forbiddenByUpstream, notFound, upstreamFailure } from '../../common/api-errors';
import { UpstreamApi, UpstreamApiErrorType } from '../../common/upstream-api-error';
import { requestFeatureFlags, requestFilters } from '../../consumers/authorised-consumer';
import { canAccessPrisons, isProbationOnly } from '../../consumers/consumer-filters';
import { Person, PersonOnProbation } from '../../domain/person';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { personOnProbation } from '../../domain/offender';

/**
 * A class, so that the same declaration is the OpenAPI schema. A half is null when its search does not know
 * the person, or, for the prison half, when the consumer may not see it.
 */
export class PersonDetails {
  @ApiPropertyOptional({ type: Person, nullable: true })
  prisonerOffenderSearch!: Person | null;

  @ApiPropertyOptional({ type: PersonOnProbation, nullable: true })
  probationOffenderSearch!: PersonOnProbation | null;
}

/** Asked for by a prisoner number that was merged into another (answered 303 to that number). */
export interface MergedPerson {
  mergedInto: string;
}

@Injectable()
export class PersonDetailsService {
  constructor(private readonly identity: PersonIdentityService) {}

  /**
   * As the reference: each half is the one its search finds, and the person is not found only when
   * neither half is there to show (the prison half counts only when the consumer may see it). With
   * `seed-person-requires-probation`, as in the seed era, probation is the source of record: a person it
   * does not know is not found, even when prisoner search knows the NOMIS number. A failing search is
   * never hidden behind the other half.
   *
   * A merged prisoner number is answered with the number it was merged into; a consumer limited to
   * people on probation may not see someone no longer under active supervision (403), and one whose
   * supervision statuses leave out prisons gets no prison half.
   */
  async getPersonDetails(hmppsId: string): Promise<PersonDetails | MergedPerson> {
    const result = await this.identity.getCombinedDataForPerson(hmppsId);
    if (result.data.mergedInto) return { mergedInto: result.data.mergedInto };
    const notFoundHere = (causedBy?: UpstreamApi) =>
      result.errors.some(
        (error) =>
          error.type === UpstreamApiErrorType.ENTITY_NOT_FOUND && (!causedBy || error.causedBy === causedBy),
      );
    const personNotFound = () => notFound(`Could not find person with id: ${hmppsId}`);
    const failed = result.errors.find((error) => error.type !== UpstreamApiErrorType.ENTITY_NOT_FOUND);
    const probationRequired = requestFeatureFlags().isEnabled('seed-person-requires-probation');
    if (probationRequired && notFoundHere(UpstreamApi.NDELIUS)) throw personNotFound();
    const filters = requestFilters();
    if (isProbationOnly(filters) && result.data.offender?.underActiveSupervision === false) {
      throw forbiddenByUpstream('Not under active supervision. Access denied.');
    }
    const prisoner = canAccessPrisons(filters) ? result.data.prisoner : null;
    if (!prisoner && !result.data.offender && notFoundHere()) throw personNotFound();
    if (failed) throw upstreamFailure(failed);
    return {
      prisonerOffenderSearch: prisoner ? prisoner.person : null,
      probationOffenderSearch: result.data.offender ? personOnProbation(result.data.offender) : null,
    };
  }
}
