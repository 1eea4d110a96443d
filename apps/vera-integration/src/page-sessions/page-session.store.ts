import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { SessionStore } from '@fastify/session';
import type { Session } from 'fastify';
import { LessThan, Repository } from 'typeorm';
import './staff-session';
import { SecretCipher, UnknownSecretKeyError } from '../crypto/secret-cipher';
import { PageSessionEntity } from './page-session.entity';

type Callback = (error?: unknown) => void;

export function hashSessionId(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

/**
 * @fastify/session's store in PostgreSQL, so every replica sees the same sessions and sign-out ends a
 * session everywhere at once. A row that cannot be opened (its key retired, or tampered with) is no session.
 */
@Injectable()
export class PageSessionStore implements SessionStore {
  private readonly logger = new Logger(PageSessionStore.name);

  constructor(
    @InjectRepository(PageSessionEntity) private readonly sessions: Repository<PageSessionEntity>,
    private readonly cipher: SecretCipher,
  ) {}

  set(sessionId: string, session: Session, callback: Callback): void {
    const idHash = hashSessionId(sessionId);
    const sealed = this.cipher.seal(JSON.stringify(session), idHash);
    const expiresAt = new Date(session.expiresAt ?? Date.now());
    this.sessions
      .upsert(
        {
          idHash,
          ukprn: session.ukprn ?? '',
          secretKeyId: sealed.keyId,
          dataCiphertext: sealed.payload,
          expiresAt,
        },
        ['idHash'],
      )
      .then(() => callback(), callback);
  }

  get(sessionId: string, callback: (error: unknown, session?: Session | null) => void): void {
    const idHash = hashSessionId(sessionId);
    this.sessions
      .findOneBy({ idHash })
      .then(
        (row) => callback(null, row && row.expiresAt.getTime() > Date.now() ? this.open(row) : null),
        callback,
      );
  }

  destroy(sessionId: string, callback: Callback): void {
    this.sessions.delete({ idHash: hashSessionId(sessionId) }).then(() => callback(), callback);
  }

  /** Expired rows are never read; this keeps the table small. */
  async removeExpired(): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(new Date()) });
  }

  /** Key rotation: re-seals every live session not yet under the active key. Returns how many moved. */
  async resealAll(): Promise<number> {
    const activeKeyId = this.cipher.activeKeyId;
    const stale = await this.sessions
      .createQueryBuilder('s')
      .where('s.secret_key_id <> :activeKeyId AND s.expires_at > now()', { activeKeyId })
      .getMany();
    let resealed = 0;
    for (const row of stale) {
      const data = this.open(row);
      if (!data) continue;
      const sealed = this.cipher.seal(JSON.stringify(data), row.idHash);
      const result = await this.sessions.update(
        { idHash: row.idHash, secretKeyId: row.secretKeyId },
        { secretKeyId: sealed.keyId, dataCiphertext: sealed.payload },
      );
      resealed += result.affected ?? 0;
    }
    return resealed;
  }

  private open(row: PageSessionEntity): Session | null {
    try {
      return JSON.parse(
        this.cipher.open({ keyId: row.secretKeyId, payload: row.dataCiphertext }, row.idHash),
      ) as Session;
    } catch (error) {
      // Never the contents: only why the session is treated as signed out.
      this.logger.warn(
        { reason: error instanceof UnknownSecretKeyError ? error.message : 'unreadable' },
        'page session cannot be opened; treated as signed out',
      );
      return null;
    }
  }
}
