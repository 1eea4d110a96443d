import { readArray, readBoolean, readNumber, readObject, readString, type JsonObject } from '@libs/upstream';
import { UpstreamPage } from '../../common/pagination';
import { Alert } from '../../domain/alert';

/** Today in the UK, `yyyy-MM-dd`: alert dates are UK calendar dates. */
function ukToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

/** The Alerts API's `Alert`; an alert whose active-to date is today or earlier has expired. */
function toAlert(alert: JsonObject): Alert {
  const code = readObject(alert.alertCode) ?? {};
  const activeTo = readString(alert.activeTo);
  return {
    offenderNo: readString(alert.prisonNumber),
    type: readString(code.alertTypeCode),
    typeDescription: readString(code.alertTypeDescription),
    code: readString(code.code),
    codeDescription: readString(code.description),
    comment: readString(alert.description),
    dateCreated: readString(alert.activeFrom),
    dateExpired: activeTo,
    expired: activeTo !== null && activeTo <= ukToday(),
    active: readBoolean(alert.isActive),
  };
}

/** A Spring page of alerts; `number` counts from 0. */
export function toAlertPage(body: unknown): UpstreamPage<Alert> {
  const page = readObject(body) ?? {};
  const content = readArray(page.content)
    .map(readObject)
    .filter((alert): alert is JsonObject => alert !== null)
    .map(toAlert);
  return {
    content,
    number: readNumber(page.number) ?? 0,
    size: readNumber(page.size) ?? content.length,
    totalElements: readNumber(page.totalElements) ?? content.length,
    totalPages: readNumber(page.totalPages) ?? 0,
    last: readBoolean(page.last) ?? true,
    numberOfElements: readNumber(page.numberOfElements) ?? content.length,
  };
}
