import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { VERA_CONFIG, VeraConfig } from '../config';
import { VeraProblem } from '../errors/vera-problem';
import { ProvidersService } from '../providers/providers.service';
import { PageSession, PageSessionCodec } from './page-session';
import { PageTicketEntity } from './page-ticket.entity';

const TICKET_LIFETIME_MS = 60_000;

function hash(ticket: string): string {
  return createHash('sha256').update(ticket).digest('hex');
}

/**
 * Sign-in for the pages. The MIS, which knows its staff and their organisation, asks for a one-time
 * link for a UKPRN; the staff member's browser redeems it once and gets a signed session cookie.
 */
@Injectable()
export class PageSessionsService {
  constructor(
    @InjectRepository(PageTicketEntity) private readonly tickets: Repository<PageTicketEntity>,
    @Inject(VERA_CONFIG) private readonly config: VeraConfig,
    private readonly providers: ProvidersService,
    private readonly codec: PageSessionCodec,
  ) {}

  async issueTicket(
    ukprn: string,
    username: string | undefined,
    baseUrl: string,
  ): Promise<{ signInUrl: string; expiresAt: string }> {
    await this.providers.get(ukprn);
    const ticket = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + TICKET_LIFETIME_MS);
    await this.tickets.insert({
      ticketHash: hash(ticket),
      ukprn,
      username: username ?? null,
      expiresAt,
      usedAt: null,
    });
    return {
      signInUrl: `${this.config.publicUrl ?? baseUrl}/sign-in?ticket=${ticket}`,
      expiresAt: expiresAt.toISOString(),
    };
  }

  /** Marks the ticket used in the same statement that checks it, so two browsers cannot both redeem it. */
  async redeem(ticket: string): Promise<PageSession> {
    const result = await this.tickets
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('ticket_hash = :hash AND used_at IS NULL AND expires_at > now()', { hash: hash(ticket) })
      .returning(['ukprn', 'username'])
      .execute();
    const row = (result.raw as Array<{ ukprn: string; username: string | null }>)[0];
    if (!row) {
      throw new VeraProblem(
        401,
        'SIGN_IN_REQUIRED',
        'This sign-in link has expired or has already been used.',
      );
    }
    return this.codec.newSession(row.ukprn, row.username ?? undefined, this.config.sessionMinutes * 60_000);
  }
}
