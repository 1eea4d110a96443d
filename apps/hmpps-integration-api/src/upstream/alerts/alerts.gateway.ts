import { Injectable } from '@nestjs/common';
import { UpstreamPage } from '../../common/pagination';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { Alert } from '../../domain/alert';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import { toAlertPage } from './alerts.dto';

/** The Alerts API, which holds prisoners' alerts since they left NOMIS. */
@Injectable()
export class AlertsGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'alerts', 'alerts-api', UpstreamApi.PRISONER_ALERTS);
  }

  /**
   * One page (`page` from 0) of a prisoner's alerts, newest first (the Alerts API's default sort), only
   * the active ones when `activeOnly` and only those with `alertCodes` when given, as the reference's
   * `getPrisonerAlertsForCodes` asks (no `isActive` at all for every alert).
   */
  async getAlerts(
    nomisNumber: string,
    page: number,
    size: number,
    alertCodes: readonly string[],
    activeOnly: boolean,
  ): Promise<ServiceResult<UpstreamPage<Alert> | null>> {
    const query = {
      page,
      size,
      ...(activeOnly ? { isActive: true } : {}),
      ...(alertCodes.length ? { alertCode: alertCodes.join(',') } : {}),
    };
    const result = await this.get<unknown>(`/prisoners/${segment(nomisNumber)}/alerts`, query, {
      badRequestAsError: true,
    });
    return { data: result.data ? toAlertPage(result.data) : null, errors: result.errors };
  }
}
