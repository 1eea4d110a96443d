import {
  Controller,
  Get,
  Header,
  HttpCode,
  Inject,
  Post,
  Query,
  Redirect,
  Res,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '@libs/platform';
import { VERA_CONFIG, VeraConfig } from '../config';
import { setCookieHeader } from '../page-sessions/cookies';
import { PageSessionCodec, SESSION_COOKIE } from '../page-sessions/page-session';
import { PageSessionsService } from '../page-sessions/page-sessions.service';
import { CsrfGuard } from './csrf.guard';
import { HtmlPageInterceptor } from './html-page.interceptor';
import { PageSessionGuard } from './page-session.guard';
import { layout } from './views/layout';
import { messageView } from './views/message.view';
import { STYLESHEET } from './views/stylesheet';

/** Sign-in by one-time link, sign-out, and the stylesheet: the pages that need no session. */
@ApiExcludeController()
@Public()
@Controller()
export class SignInPagesController {
  constructor(
    private readonly sessions: PageSessionsService,
    private readonly codec: PageSessionCodec,
    @Inject(VERA_CONFIG) private readonly config: VeraConfig,
  ) {}

  @Get('assets/vera.css')
  @Header('content-type', 'text/css; charset=utf-8')
  @Header('cache-control', 'public, max-age=3600')
  stylesheet(): string {
    return STYLESHEET;
  }

  @Get('sign-in')
  @Redirect('/', 303)
  async signIn(
    @Query('ticket') ticket: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const session = await this.sessions.redeem(typeof ticket === 'string' ? ticket : '');
    const cookie = setCookieHeader(SESSION_COOKIE, this.codec.encode(session), {
      secure: this.config.secureCookies,
      expires: new Date(session.expiresAt),
    });
    void reply.header('set-cookie', cookie);
  }

  @Post('sign-out')
  @HttpCode(200)
  @UseGuards(PageSessionGuard, CsrfGuard)
  @UseInterceptors(HtmlPageInterceptor)
  signOut(@Res({ passthrough: true }) reply: FastifyReply): string {
    void reply.header(
      'set-cookie',
      setCookieHeader(SESSION_COOKIE, '', { secure: this.config.secureCookies }),
    );
    return layout({
      title: 'Signed out',
      main: messageView({
        heading: 'You have signed out',
        paragraphs: ['To use these pages again, open them from your MIS.'],
        backLink: null,
      }),
    });
  }
}
