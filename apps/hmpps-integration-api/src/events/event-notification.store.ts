import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { runStatement } from '@libs/database';
import { DataSource, EntityManager } from 'typeorm';
import { EventNotification, EventSupervisionStatus, NewEventNotification } from './event-notification';

export type EventStatus = 'PENDING' | 'PROCESSING' | 'PROCESSED';

/** Events waiting longer than they should, by status (HEAD's `StuckEvents`). */
export interface StuckEvents {
  status: 'PENDING' | 'PROCESSING';
  eventCount: number;
  earliestDateTime: Date;
}

interface EventRow {
  event_id: string;
  hmpps_id: string | null;
  event_type: string;
  prison_id: string | null;
  url: string;
  metadata: { supervisionStatus?: EventSupervisionStatus } | null;
  last_modified_datetime: Date;
}

const UNIQUE_VIOLATION = '23505';

/**
 * The `event_notification` table: integration events from PENDING (stored, waiting out the age
 * threshold so duplicates collapse into them) through PROCESSING (claimed by one replica) to PROCESSED
 * (handed to the outbox, kept for the retention period). Each call is one statement: nothing here holds
 * a transaction open across network I/O (the embedded database runs one transaction at a time).
 */
@Injectable()
export class EventNotificationStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Stores the events of one domain event in one statement. An event whose URL and type are already
   * pending is not stored again (HEAD's `on conflict … do nothing`), so a burst of identical domain events
   * becomes one notification. Resolves how many were new.
   */
  async insertPending(events: NewEventNotification[]): Promise<number> {
    if (events.length === 0) return 0;
    const { count } = await this.run(
      `INSERT INTO event_notification (url, event_type, hmpps_id, prison_id, metadata)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::jsonb[])
       ON CONFLICT (url, event_type) WHERE status = 'PENDING' DO NOTHING`,
      [
        events.map((event) => event.url),
        events.map((event) => event.eventType),
        events.map((event) => event.hmppsId),
        events.map((event) => event.prisonId),
        events.map((event) => JSON.stringify({ supervisionStatus: event.supervisionStatus })),
      ],
    );
    return count;
  }

  /**
   * HEAD's claim: up to `limit` events pending for at least `minAgeSeconds`, oldest first, marked
   * PROCESSING with this claim id, in one statement. SKIP LOCKED keeps concurrent claims (other replicas)
   * apart without waiting, so no event is ever claimed twice. A claim older than `leaseSeconds` (its
   * replica died) is claimed again; its first claimant can then no longer complete it (`complete`).
   */
  async claim(
    claimId: string,
    minAgeSeconds: number,
    limit: number,
    leaseSeconds: number,
  ): Promise<EventNotification[]> {
    const { rows } = await this.run<EventRow>(
      `UPDATE event_notification e
          SET status = 'PROCESSING', claim_id = $1, claimed_at = now()
         FROM (SELECT event_id FROM event_notification
                WHERE (status = 'PENDING' AND last_modified_datetime <= now() - make_interval(secs => $2::float8))
                   OR (status = 'PROCESSING' AND claimed_at < now() - make_interval(secs => $4::float8))
                ORDER BY last_modified_datetime, event_id
                LIMIT $3::int
                FOR UPDATE SKIP LOCKED) due
        WHERE e.event_id = due.event_id
    RETURNING e.event_id, e.hmpps_id, e.event_type, e.prison_id, e.url, e.metadata, e.last_modified_datetime`,
      [claimId, minAgeSeconds, limit, leaseSeconds],
    );
    return rows
      .map(toNotification)
      .sort(
        (a, b) =>
          a.lastModifiedDateTime.getTime() - b.lastModifiedDateTime.getTime() || a.eventId! - b.eventId!,
      );
  }

  /** Marks claimed events PROCESSED in the caller's transaction; resolves how many this claim still held. */
  async complete(eventIds: number[], claimId: string, manager: EntityManager): Promise<number> {
    const { count } = await runStatement(
      manager,
      `UPDATE event_notification SET status = 'PROCESSED'
        WHERE event_id = ANY($1::bigint[]) AND claim_id = $2 AND status = 'PROCESSING'`,
      [eventIds, claimId],
    );
    return count;
  }

  /**
   * HEAD's `setPending`: a claimed event that could not be sent waits for the next claim. When an
   * identical event has become pending meanwhile, that one stands for it and this one goes.
   */
  async release(eventId: number, claimId: string): Promise<void> {
    try {
      await this.run(
        `UPDATE event_notification SET status = 'PENDING', claim_id = NULL, claimed_at = NULL
          WHERE event_id = $1 AND claim_id = $2 AND status = 'PROCESSING'`,
        [eventId, claimId],
      );
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      await this.run(`DELETE FROM event_notification WHERE event_id = $1 AND claim_id = $2`, [
        eventId,
        claimId,
      ]);
    }
  }

  /** HEAD's stuck events: pending or processing, last modified more than `olderThanSeconds` ago. */
  async stuck(olderThanSeconds: number): Promise<StuckEvents[]> {
    const { rows } = await this.run<{
      status: 'PENDING' | 'PROCESSING';
      event_count: string;
      earliest: Date;
    }>(
      `SELECT status, count(*) AS event_count, min(last_modified_datetime) AS earliest
         FROM event_notification
        WHERE status IN ('PROCESSING', 'PENDING')
          AND last_modified_datetime < now() - make_interval(secs => $1::float8)
        GROUP BY status ORDER BY earliest`,
      [olderThanSeconds],
    );
    return rows.map((row) => ({
      status: row.status,
      eventCount: Number(row.event_count),
      earliestDateTime: new Date(row.earliest),
    }));
  }

  /** Deletes up to `limit` PROCESSED events last modified more than `retentionSeconds` ago; resolves how many. */
  async deleteProcessed(retentionSeconds: number, limit: number): Promise<number> {
    const { count } = await this.run(
      `DELETE FROM event_notification WHERE event_id IN (
         SELECT event_id FROM event_notification
          WHERE status = 'PROCESSED' AND last_modified_datetime <= now() - make_interval(secs => $1::float8)
          LIMIT $2::int)`,
      [retentionSeconds, limit],
    );
    return count;
  }

  private run<T = unknown>(sql: string, parameters: unknown[]) {
    return runStatement<T>(this.dataSource, sql, parameters);
  }
}

function toNotification(row: EventRow): EventNotification {
  return {
    eventId: Number(row.event_id),
    hmppsId: row.hmpps_id,
    eventType: row.event_type,
    prisonId: row.prison_id,
    url: row.url,
    lastModifiedDateTime: new Date(row.last_modified_datetime),
    supervisionStatus: row.metadata?.supervisionStatus ?? 'UNKNOWN',
  };
}
