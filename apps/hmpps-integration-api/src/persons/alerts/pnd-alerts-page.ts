import { PaginatedResponse } from '../../common/envelopes';
import { paginate } from '../../common/pagination';
import { PageRequest } from '../../common/page-query';
import { Alert } from '../../domain/alert';
import { AlertsService } from './alerts.service';

export const PND_ALERTS_DESCRIPTION =
  'Only alerts whose code is on the PND list; 404 when the person has none of them. Applicable filters: none.';

/** The PND alerts answer shared by both routes (#22 and the client-specific #23). */
export async function pndAlertsPage(
  service: AlertsService,
  hmppsId: string,
  { page, perPage }: PageRequest,
): Promise<PaginatedResponse<Alert>> {
  const alerts = await service.getPndAlerts(hmppsId);
  return paginate(alerts, page, perPage);
}
