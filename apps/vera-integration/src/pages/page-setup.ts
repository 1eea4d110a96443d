import type { IncomingMessage } from 'node:http';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifySession from '@fastify/session';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomBase64 } from '@libs/platform';
import { isApiRoute, isPageRoute } from '../common/routes';
import { VERA_CONFIG, VeraConfig } from '../config';
import { PageSessionStore } from '../page-sessions/page-session.store';
import { pageRoutesOnly } from './page-routes-only';
import '../page-sessions/staff-session';
import {
  APP_ASSETS_DIR,
  GOVUK_ASSETS_DIR,
  GOVUK_DIST_DIR,
  govukStylesheetWithoutGdsTransport,
} from './govuk-assets';
import type { PageFrame } from './page-frame';

export const SESSION_COOKIE = 'vera_session';
const ASSET_MAX_AGE_MS = 60 * 60 * 1000;

type NonceCarrier = IncomingMessage & { cspNonce?: string };

/**
 * Everything the staff pages need from Fastify, on maintained plugins: a server-side session
 * (@fastify/session over PostgreSQL; its cookie carries only the signed session id), CSRF tokens kept in
 * that session (@fastify/csrf-protection), security headers and a nonce-based CSP (@fastify/helmet),
 * and GOV.UK Frontend's assets (@fastify/static).
 */
export async function installPages(app: NestFastifyApplication): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  const config = app.get<VeraConfig>(VERA_CONFIG);

  await app.register(fastifyCookie);
  await app.register(pageRoutesOnly(fastifySession), {
    cookieName: SESSION_COOKIE,
    // Several secrets: the first signs, all are accepted, so a new one is introduced before it is used.
    secret: config.sessionSecrets,
    store: app.get<PageSessionStore>(PageSessionStore),
    saveUninitialized: false,
    // The cookie is written at sign-in only; a session lasts VERA_PAGE_SESSION_MINUTES from then.
    rolling: false,
    cookie: {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: config.secureCookies,
      maxAge: config.sessionMinutes * 60_000,
    },
  });
  await app.register(fastifyCsrf, { sessionPlugin: '@fastify/session' });
  await app.register(fastifyHelmet, {
    // Applied to pages only (below): the JSON APIs and Swagger UI keep their own headers.
    global: false,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'", (request) => `'nonce-${(request as NonceCarrier).cspNonce}'`],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  await serveAssets(app, fastify);

  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    // API answers are per caller (and may carry learner data): no cache may keep them, errors included.
    if (isApiRoute(request.url)) void reply.header('cache-control', 'no-store');
    if (!isPageRoute(request.url)) return;
    const cspNonce = randomBase64(16);
    (request.raw as NonceCarrier).cspNonce = cspNonce;
    reply.helmet();
    void reply.header('cache-control', 'no-store').header('content-type', 'text/html; charset=utf-8');
    request.pageFrame = { cspNonce, ...signedInFrame(request, reply) };
  });
  // After the body is parsed: every page form carries the session's CSRF token.
  fastify.addHook(
    'preHandler',
    (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
      if (request.method === 'POST' && isPageRoute(request.url)) fastify.csrfProtection(request, reply, done);
      else done();
    },
  );
}

/**
 * Handlers that change the session save it before answering: @fastify/session would otherwise save it in
 * an onSend hook, and a Nest handler's answer does not wait for an asynchronous onSend (the reply would be
 * written twice).
 */
export async function saveSession(request: FastifyRequest): Promise<void> {
  await request.session.save();
}

/** The viewer of a live session (and the token its forms carry); nothing for anyone not signed in. */
function signedInFrame(request: FastifyRequest, reply: FastifyReply): Omit<PageFrame, 'cspNonce'> {
  const { ukprn, providerName, username, expiresAt, _csrf } = request.session ?? {};
  // The CSRF secret is made at sign-in; a session without one did not come from a sign-in.
  if (!ukprn || !providerName || !expiresAt || expiresAt <= Date.now() || !_csrf) return {};
  return {
    viewer: { ukprn, providerName, username },
    csrfToken: reply.generateCsrf(),
  };
}

async function serveAssets(app: NestFastifyApplication, fastify: FastifyInstance): Promise<void> {
  const stylesheet = govukStylesheetWithoutGdsTransport();
  fastify.get('/assets/govuk-frontend.min.css', (_request, reply) => {
    void reply
      .header('content-type', 'text/css; charset=utf-8')
      .header('cache-control', `public, max-age=${ASSET_MAX_AGE_MS / 1000}`)
      .header('x-content-type-options', 'nosniff')
      .send(stylesheet);
  });
  // GOV.UK Frontend's images and script, and this app's stylesheet; the GDS Transport fonts are not served.
  await app.register(fastifyStatic, {
    root: [GOVUK_ASSETS_DIR, APP_ASSETS_DIR],
    prefix: '/assets/',
    decorateReply: false,
    index: false,
    maxAge: ASSET_MAX_AGE_MS,
    allowedPath: (pathName) => !pathName.startsWith('/fonts/'),
    setHeaders: (reply) => void reply.header('x-content-type-options', 'nosniff'),
  });
  await app.register(fastifyStatic, {
    root: GOVUK_DIST_DIR,
    prefix: '/assets/govuk-frontend/',
    decorateReply: false,
    index: false,
    maxAge: ASSET_MAX_AGE_MS,
    allowedPath: (pathName) => pathName === '/govuk-frontend.min.js',
    setHeaders: (reply) => void reply.header('x-content-type-options', 'nosniff'),
  });
}
