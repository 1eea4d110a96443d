import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { VeraFailure } from '../errors/vera-problem';
import { ProvidersService } from '../providers/providers.service';
import { PageTicketEntity } from './page-ticket.entity';
import { PublicLinks } from './public-links';

const TICKET_LIFETIME_MS = 60_000;

function hash(ticket: string): string {
  return createHash('sha256').update(ticket).digest('hex');
}

/** Who a redeemed ticket signs in. */
export interface SignedInStaff {
  ukprn: string;
  providerName: string;
  username?: string;
}

/**
 * Sign-in for the pages. The MIS, which knows its staff and their organisation, asks for a one-time
 * link for a UKPRN; the staff member's browser redeems it once and gets a server-side session.
 */
@Injectable()
export class PageSessionsService {
  constructor(
    @InjectRepository(PageTicketEntity) private readonly tickets: Repository<PageTicketEntity>,
    private readonly providers: ProvidersService,
    private readonly links: PublicLinks,
  ) {}

  async issueTicket(
    ukprn: string,
    username: string | undefined,
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
      signInUrl: `${this.links.baseUrl()}/sign-in?ticket=${ticket}`,
      expiresAt: expiresAt.toISOString(),
    };
  }

  /** Marks the ticket used in the same statement that checks it, so two browsers cannot both redeem it. */
  async redeem(ticket: string): Promise<SignedInStaff> {
    const result = await this.tickets
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('ticket_hash = :hash AND used_at IS NULL AND expires_at > now()', { hash: hash(ticket) })
      .returning(['ukprn', 'username'])
      .execute();
    const row = (result.raw as Array<{ ukprn: string; username: string | null }>)[0];
    if (!row) {
      throw new VeraFailure('SIGN_IN_LINK_EXPIRED', 'Unknown, used or expired sign-in ticket');
    }
    const provider = await this.providers.get(row.ukprn);
    return { ukprn: row.ukprn, providerName: provider.displayName, username: row.username ?? undefined };
  }
}
