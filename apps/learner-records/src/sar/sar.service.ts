import { Injectable } from '@nestjs/common';
import { MatchEntity } from '../match/match.entity';
import { MatchStore } from '../match/match.store';
import { SarMatch } from './sar-responses';

/** Subject access: every stored decision about a prisoner, history included. */
@Injectable()
export class SarService {
  constructor(private readonly store: MatchStore) {}

  async matchesOf(prn: string, fromDate?: string, toDate?: string): Promise<SarMatch[]> {
    const rows = await this.store.history(prn, fromDate, toDate);
    return rows.map(toSarMatch);
  }
}

function toSarMatch(row: MatchEntity): SarMatch {
  return {
    id: Number(row.id),
    nomisId: row.nomisId,
    matchedUln: row.matchedUln,
    givenName: row.givenName,
    familyName: row.familyName,
    matchType: row.matchType,
    countOfReturnedUlns: row.countOfReturnedUlns,
    matchStatus: row.matchStatus,
    dateCreated: localDateTime(row.dateCreated),
  };
}

/** The column has no zone and pg reads it as local time, so local fields give back the stored value. */
function localDateTime(date: Date): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`
  );
}
