import { Injectable } from '@nestjs/common';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { LicenceCondition, LicenceSummary } from '../../domain/licence';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import {
  LicenceDto,
  LicenceSummaryDto,
  toLicenceConditions,
  toLicenceSummary,
} from './create-and-vary-licence.dto';

/** Create and Vary a Licence (licence summaries and conditions). */
@Injectable()
export class CreateAndVaryLicenceGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'createAndVaryLicence', 'create-and-vary-a-licence', UpstreamApi.CVL);
  }

  /** The person's licences, most recently created first. */
  async getLicenceSummaries(crn: string): Promise<ServiceResult<LicenceSummary[]>> {
    const result = await this.get<LicenceSummaryDto[]>(`/public/licence-summaries/crn/${segment(crn)}`);
    const summaries = [...(result.data ?? [])].sort((a, b) =>
      (b.createdDateTime ?? '').localeCompare(a.createdDateTime ?? ''),
    );
    return { data: summaries.map(toLicenceSummary), errors: result.errors };
  }

  /** The conditions of one licence. */
  async getLicenceConditions(licenceId: number): Promise<ServiceResult<LicenceCondition[]>> {
    const result = await this.get<LicenceDto>(`/public/licences/id/${segment(licenceId)}`);
    return { data: result.data ? toLicenceConditions(result.data) : [], errors: result.errors };
  }
}
