import { Injectable } from '@nestjs/common';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { Adjudication } from '../../domain/adjudication';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import { ReportedAdjudicationDto, toAdjudication } from './adjudications.dto';

/** Manage Adjudications (reported adjudications). */
@Injectable()
export class AdjudicationsGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'adjudications', 'manage-adjudications', UpstreamApi.ADJUDICATIONS);
  }

  /** Every reported adjudication of the prisoner, most recent incident first. */
  async getReportedAdjudications(nomisNumber: string): Promise<ServiceResult<Adjudication[]>> {
    const result = await this.get<ReportedAdjudicationDto[]>(
      `/reported-adjudications/prisoner/${segment(nomisNumber)}`,
    );
    const adjudications = (result.data ?? []).map(toAdjudication);
    adjudications.sort((a, b) =>
      (b.incidentDetails.dateTimeOfIncident ?? '').localeCompare(a.incidentDetails.dateTimeOfIncident ?? ''),
    );
    return { data: adjudications, errors: result.errors };
  }
}
