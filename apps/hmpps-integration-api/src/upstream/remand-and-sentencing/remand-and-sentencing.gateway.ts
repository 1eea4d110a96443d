import { Injectable } from '@nestjs/common';
import { JsonObject } from '@libs/upstream';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { CourtCasesSummary } from '../../domain/probation-records';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import { toCourtCasesSummary } from './sentenced-court-cases.dto';

/** HMPPS Remand and Sentencing API: a prisoner's court cases. */
@Injectable()
export class RemandAndSentencingGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'remandAndSentencing', 'remand-and-sentencing', UpstreamApi.REMAND_AND_SENTENCING);
  }

  async getCourtCasesSummary(nomisNumber: string): Promise<ServiceResult<CourtCasesSummary | null>> {
    const result = await this.get<JsonObject>(`/person/${segment(nomisNumber)}/sentenced-court-cases`, undefined, {
      badRequestAsError: true,
    });
    return { data: result.data ? toCourtCasesSummary(result.data) : null, errors: result.errors };
  }
}
