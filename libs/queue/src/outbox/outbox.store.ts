import { Injectable } from '@nestjs/common';
import { runStatement } from '@libs/database';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DestinationKind } from './outbox-message.entity';

export interface NewOutboxMessage {
  id: string;
  kind: DestinationKind;
  destination: string;
  body: string;
  attributes: Record<string, string>;
}

export interface ClaimedMessage extends NewOutboxMessage {
  attempts: number;
}

export interface DestinationStats {
  destination: string;
  pending: number;
  dead: number;
  /** Seconds since the oldest pending message was written; 0 when none is pending. */
  oldestPendingAgeSeconds: number;
}

export interface DeadLetter {
  id: string;
  body: string;
  lastError: string | null;
}

const MAX_ERROR_LENGTH = 500;

/**
 * The `outbox_message` table. Every statement stands alone (no transaction spans a call to SQS): the
 * embedded database runs one transaction at a time, and a claim must never wait on the network.
 */
@Injectable()
export class OutboxStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One INSERT for all of them, in the caller's transaction when `manager` is given. */
  async insert(messages: NewOutboxMessage[], manager?: EntityManager): Promise<void> {
    if (messages.length === 0) return;
    await (manager ?? this.dataSource.manager).query(
      `INSERT INTO outbox_message (id, kind, destination, body, attributes)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::text[], $5::jsonb[])`,
      [
        messages.map((message) => message.id),
        messages.map((message) => message.kind),
        messages.map((message) => message.destination),
        messages.map((message) => message.body),
        messages.map((message) => JSON.stringify(message.attributes)),
      ],
    );
  }

  /**
   * Takes up to `limit` due messages for `leaseSeconds`, oldest first. SKIP LOCKED lets replicas claim
   * side by side without waiting on or taking each other's rows; the lease frees the rows of a relay
   * that died before finishing.
   */
  async claim(claimId: string, limit: number, leaseSeconds: number): Promise<ClaimedMessage[]> {
    const { rows } = await this.run<ClaimedMessage>(
      `UPDATE outbox_message m
          SET claimed_by = $1, claimed_until = now() + make_interval(secs => $2::float8)
         FROM (SELECT id FROM outbox_message
                WHERE dead_at IS NULL AND next_attempt_at <= now()
                  AND (claimed_until IS NULL OR claimed_until < now())
                ORDER BY created_at, id
                LIMIT $3::int
                FOR UPDATE SKIP LOCKED) due
        WHERE m.id = due.id
    RETURNING m.id, m.kind, m.destination, m.body, m.attributes, m.attempts`,
      [claimId, leaseSeconds, limit],
    );
    return rows;
  }

  /** Sent: the rows go (only while this claim still holds them). */
  async delete(ids: string[], claimId: string): Promise<void> {
    if (ids.length === 0) return;
    await this.run('DELETE FROM outbox_message WHERE id = ANY($1::uuid[]) AND claimed_by = $2', [
      ids,
      claimId,
    ]);
  }

  /**
   * Refused by SQS/SNS: counts an attempt and waits `min(maxDelay, baseDelay·2^attempts)` (jittered)
   * before the next; the attempt that reaches `maxAttempts` dead-letters the message instead.
   */
  async reject(
    ids: string[],
    claimId: string,
    error: string,
    retry: { baseDelaySeconds: number; maxDelaySeconds: number; maxAttempts: number },
  ): Promise<number> {
    if (ids.length === 0) return 0;
    const { rows } = await this.run<{ dead: boolean }>(
      `UPDATE outbox_message
          SET attempts = attempts + 1, last_error = $3, claimed_by = NULL, claimed_until = NULL,
              next_attempt_at = now() + make_interval(secs => LEAST($5::float8, $4::float8 * power(2, attempts)) * (0.5 + random() / 2)),
              dead_at = CASE WHEN attempts + 1 >= $6::int THEN now() END
        WHERE id = ANY($1::uuid[]) AND claimed_by = $2
    RETURNING dead_at IS NOT NULL AS dead`,
      [
        ids,
        claimId,
        error.slice(0, MAX_ERROR_LENGTH),
        retry.baseDelaySeconds,
        retry.maxDelaySeconds,
        retry.maxAttempts,
      ],
    );
    return rows.filter((row) => row.dead).length;
  }

  /** Not sent because SQS/SNS could not be reached: back in `delaySeconds`, no attempt counted. */
  async release(ids: string[], claimId: string, error: string, delaySeconds: number): Promise<void> {
    if (ids.length === 0) return;
    await this.run(
      `UPDATE outbox_message
          SET claimed_by = NULL, claimed_until = NULL, last_error = $3,
              next_attempt_at = now() + make_interval(secs => $4::float8)
        WHERE id = ANY($1::uuid[]) AND claimed_by = $2`,
      [ids, claimId, error.slice(0, MAX_ERROR_LENGTH), delaySeconds],
    );
  }

  async stats(): Promise<DestinationStats[]> {
    const { rows } = await this.run<{
      destination: string;
      pending: string;
      dead: string;
      oldest: string | null;
    }>(
      `SELECT destination,
              count(*) FILTER (WHERE dead_at IS NULL) AS pending,
              count(*) FILTER (WHERE dead_at IS NOT NULL) AS dead,
              EXTRACT(EPOCH FROM now() - min(created_at) FILTER (WHERE dead_at IS NULL)) AS oldest
         FROM outbox_message GROUP BY destination`,
      [],
    );
    return rows.map((row) => ({
      destination: row.destination,
      pending: Number(row.pending),
      dead: Number(row.dead),
      oldestPendingAgeSeconds: row.oldest === null ? 0 : Math.max(0, Number(row.oldest)),
    }));
  }

  async countDead(kind: DestinationKind, destination: string): Promise<number> {
    const { rows } = await this.run<{ count: string }>(
      'SELECT count(*) AS count FROM outbox_message WHERE kind = $1 AND destination = $2 AND dead_at IS NOT NULL',
      [kind, destination],
    );
    return Number(rows[0].count);
  }

  async deadLetters(kind: DestinationKind, destination: string, max: number): Promise<DeadLetter[]> {
    const { rows } = await this.run<{ id: string; body: string; last_error: string | null }>(
      `SELECT id, body, last_error FROM outbox_message
        WHERE kind = $1 AND destination = $2 AND dead_at IS NOT NULL
        ORDER BY dead_at, id LIMIT $3`,
      [kind, destination, max],
    );
    return rows.map((row) => ({ id: row.id, body: row.body, lastError: row.last_error }));
  }

  /** Dead letters become due again with fresh attempts; one statement, so each is revived once. */
  async reviveDead(kind: DestinationKind, destination: string): Promise<number> {
    const { count } = await this.run(
      `UPDATE outbox_message
          SET dead_at = NULL, attempts = 0, next_attempt_at = now(), claimed_by = NULL, claimed_until = NULL
        WHERE kind = $1 AND destination = $2 AND dead_at IS NOT NULL`,
      [kind, destination],
    );
    return count;
  }

  async purgeDead(kind: DestinationKind, destination: string): Promise<number> {
    const { count } = await this.run(
      'DELETE FROM outbox_message WHERE kind = $1 AND destination = $2 AND dead_at IS NOT NULL',
      [kind, destination],
    );
    return count;
  }

  private run<T = unknown>(sql: string, parameters: unknown[]) {
    return runStatement<T>(this.dataSource, sql, parameters);
  }
}
