/**
 * The app's routes as Fastify registers them, so that a known path called with the wrong method can be
 * answered 405 naming the supported method, where Fastify alone would answer 404.
 */
export class KnownRoutes {
  private readonly routes: { pattern: RegExp; method: string }[] = [];

  record(method: string | string[], url: string): void {
    const pattern = new RegExp(
      `^${url
        .split('/')
        .map((segment) =>
          segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : escapeRegExp(segment),
        )
        .join('/')}$`,
    );
    for (const each of Array.isArray(method) ? method : [method]) {
      const known = this.routes.some(
        (route) => route.method === each && route.pattern.source === pattern.source,
      );
      if (each !== 'HEAD' && each !== 'OPTIONS' && !known) this.routes.push({ pattern, method: each });
    }
  }

  /** Methods registered for a concrete path (query string ignored), in registration order. */
  methodsFor(url: string): string[] {
    const path = url.split('?')[0];
    return [...new Set(this.routes.filter((route) => route.pattern.test(path)).map((route) => route.method))];
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
