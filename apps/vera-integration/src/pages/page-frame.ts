/** Who is using the pages: the provider the session was opened for. */
export interface PageViewer {
  ukprn: string;
  providerName: string;
  username?: string;
}

/**
 * What every page (error pages included) needs besides its own content: the signed-in viewer for the
 * navigation and provider banner, the CSRF token for the sign-out form, and the CSP nonce for scripts.
 */
export interface PageFrame {
  viewer?: PageViewer;
  csrfToken?: string;
  cspNonce: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    pageFrame?: PageFrame;
  }
}
