import { Injectable } from '@nestjs/common';
import { badRequest, notFound, throwIfErrors } from '../../common/api-errors';
import { ConsumerFilters, matchesPrison } from '../../consumers/consumer-filters';
import { NonAssociation } from '../../domain/non-association';
import { NonAssociationsGateway } from '../../upstream/non-associations/non-associations.gateway';

export interface NonAssociationsQuery {
  includeOpen: boolean;
  includeClosed: boolean;
}

@Injectable()
export class NonAssociationsService {
  constructor(private readonly nonAssociations: NonAssociationsGateway) {}

  /**
   * #14. The id goes upstream as the prisoner number without resolution, as in the reference; a prison
   * the consumer may not see, an unknown prisoner and a prisoner without non-associations are all 404.
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
