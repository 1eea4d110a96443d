import { Controller, Get, Inject, Post, Query, Redirect, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '@libs/platform';
import { VERA_CONFIG, VeraConfig } from '../config';
import { PageSessionStore } from '../page-sessions/page-session.store';
import { PageSessionsService } from '../page-sessions/page-sessions.service';
import { saveSession, SESSION_COOKIE } from './page-setup';
import { renderPage } from './renderer';

/** Sign-in by one-time link and sign-out: the pages that need no session. */
@ApiExcludeController()
@Public()
@Controller()
export class SignInPagesController {
  constructor(
    private readonly sessions: PageSessionsService,
    private readonly store: PageSessionStore,
    @Inject(VERA_CONFIG) private readonly config: VeraConfig,
  ) {}

  @Get('sign-in')
  @Redirect('/', 303)
  async signIn(
    @Query('ticket') ticket: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const staff = await this.sessions.redeem(typeof ticket === 'string' ? ticket : '');
    // A new session id at sign-in, so an id planted before sign-in (session fixation) is worth nothing.
    await request.session.regenerate();
    Object.assign(request.session, {
      ...staff,
      expiresAt: Date.now() + this.config.sessionMinutes * 60_000,
    });
    // The session's CSRF secret, made now: pages then only read the session, never write it on the way.
    reply.generateCsrf();
    await saveSession(request);
    await this.store.removeExpired();
  }

  /** Ends the session on the server: the old cookie no longer opens anything, on any replica. */
  @Post('sign-out')
  @Redirect('/signed-out', 303)
  async signOut(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await request.session.destroy();
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('signed-out')
  signedOut(@Req() request: FastifyRequest): string {
    return renderPage('message.njk', {
      cspNonce: request.pageFrame?.cspNonce,
      heading: 'You have signed out',
      paragraphs: ['To use these pages again, open them from your MIS.'],
    });
  }
}
