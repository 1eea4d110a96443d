import { Injectable } from '@nestjs/common';
import { badRequest, notFound, throwIfErrors } from '../../common/api-errors';
import { ConsumerFilters, matchesPrison } from '../../consumers/consumer-filters';
import { NonAssociation } from '../../domain/non-association';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { UpstreamApiErrorType } from '../../common/upstream-api-error';
import { NonAssociationsGateway } from '../../upstream/non-associations/non-associations.gateway';

const { BAD_REQUEST, ENTITY_NOT_FOUND } = UpstreamApiErrorType;

export interface NonAssociationsQuery {
  includeOpen: boolean;
  includeClosed: boolean;
}

@Injectable()
export class NonAssociationsService {
  constructor(
    private readonly nonAssociations: NonAssociationsGateway,
    private readonly identity: PersonIdentityService,
  ) {}

  /**
   * #14. The id goes upstream as the prisoner number without resolution, as in the reference; a prison
   * the consumer may not see, an unknown prisoner and a prisoner without non-associations are all 404.
   * A consumer limited to some prisons must also find the prisoner held in one of them (as
   * `nomisNumberAtPrison` does): naming one of its own prisons in the path does not reach the
   * non-associations of someone held elsewhere.
   */
  async getNonAssociations(
    prisonId: string,
    hmppsId: string,
    query: NonAssociationsQuery,
    filters: ConsumerFilters,
  ): Promise<NonAssociation[]> {
    if (!query.includeOpen && !query.includeClosed) {
      throw badRequest('includeOpen or includeClosed must be provided.');
    }
    const message = `Could not find prisoner with hmppsId: ${hmppsId}`;
    if (!matchesPrison(filters, prisonId)) throw notFound(message);
    if (filters.prisons !== null) {
      const held = await this.identity.getNomisNumberWithFilters(hmppsId, filters);
      // Invalid, unknown or held elsewhere: the same "not found"; an upstream failure is still a 5xx.
      if (held.errors.some((error) => error.type === BAD_REQUEST || error.type === ENTITY_NOT_FOUND))
        throw notFound(message);
      throwIfErrors(held, {});
    }
    const result = await this.nonAssociations.getNonAssociations(
      hmppsId,
      query.includeOpen,
      query.includeClosed,
    );
    throwIfErrors(result, { notFound: message });
    if (!result.data || result.data.length === 0) throw notFound(message);
    return result.data;
  }
}
