import { AuditService } from '../../audit/audit.service';
import { PaginatedResponse } from '../../common/envelopes';
import { paginate } from '../../common/pagination';
import { pageRequestOf, QueryMap } from '../../common/query-params';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Alert } from '../../domain/alert';
import { AlertsService } from './alerts.service';

/** The PND alerts answer shared by both routes (#22 and the client-specific #23). */
export async function pndAlertsPage(
  service: AlertsService,
  audit: AuditService,
  hmppsId: string,
  query: QueryMap,
  consumer: AuthorisedConsumer,
): Promise<PaginatedResponse<Alert>> {
  const { page, perPage } = pageRequestOf(query);
  const alerts = await service.getPndAlerts(hmppsId);
  await audit.record('GET_PERSON_ALERTS_PND', consumer, { hmppsId });
  return paginate(alerts, page, perPage);
}
