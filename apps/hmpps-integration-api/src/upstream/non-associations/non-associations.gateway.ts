import { Injectable } from '@nestjs/common';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { NonAssociation } from '../../domain/non-association';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import { PrisonerNonAssociationsDto, toNonAssociation } from './non-associations.dto';

/** Non-Associations. */
@Injectable()
export class NonAssociationsGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'nonAssociations', 'non-associations', UpstreamApi.NON_ASSOCIATIONS);
  }

  /** The prisoner's non-associations, open and/or closed ones. */
  async getNonAssociations(
    prisonerNumber: string,
    includeOpen: boolean,
    includeClosed: boolean,
  ): Promise<ServiceResult<NonAssociation[] | null>> {
    const result = await this.get<PrisonerNonAssociationsDto>(
      `/prisoner/${segment(prisonerNumber)}/non-associations`,
      { includeOpen, includeClosed },
    );
    return {
      data: result.data?.nonAssociations ? result.data.nonAssociations.map(toNonAssociation) : null,
      errors: result.errors,
    };
  }
}
