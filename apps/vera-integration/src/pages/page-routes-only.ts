import type {
  FastifyInstance,
  FastifyPluginCallback,
  FastifyPluginOptions,
  FastifyReply,
  FastifyRequest,
} from 'fastify';
import { isPageRoute } from '../common/routes';

type Done = (error?: Error | null, payload?: unknown) => void;
type RequestHook = (request: FastifyRequest, reply: FastifyReply, done: Done) => void;
type SendHook = (request: FastifyRequest, reply: FastifyReply, payload: unknown, done: Done) => void;

/** The same hook, run for page routes only; any other request passes straight on, its payload untouched. */
function onPagesOnly(name: string, hook: RequestHook | SendHook): RequestHook | SendHook {
  if (name === 'onSend') {
    const send = hook as SendHook;
    const scoped: SendHook = (request, reply, payload, done) =>
      isPageRoute(request.url) ? send(request, reply, payload, done) : done(null, payload);
    return scoped;
  }
  if (name === 'onRequest') {
    const onRequest = hook as RequestHook;
    const scoped: RequestHook = (request, reply, done) =>
      isPageRoute(request.url) ? onRequest(request, reply, done) : done();
    return scoped;
  }
  throw new Error(`pageRoutesOnly: a ${name} hook is not scoped to the pages`);
}

/**
 * A plugin whose request hooks run on page routes alone. @fastify/session hooks every request (its cookie
 * path is '/'), making, signing and hashing a session for each MIS, admin and health call, none of which
 * uses one: ~3 % of a MIS request's CPU (measured). Its decorators still go on the root instance, as the
 * plugin's own fastify-plugin metadata asks; only `addHook` is narrowed.
 */
export function pageRoutesOnly<Options extends FastifyPluginOptions>(
  plugin: FastifyPluginCallback<Options>,
): FastifyPluginCallback<Options> {
  const scoped: FastifyPluginCallback<Options> = (instance, options, done) => {
    const narrowed = new Proxy(instance, {
      get(target, property) {
        if (property === 'addHook') {
          return (name: string, hook: RequestHook | SendHook) =>
            (target.addHook as (name: string, hook: unknown) => FastifyInstance)(
              name,
              onPagesOnly(name, hook),
            );
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    try {
      plugin(narrowed, options, done);
    } catch (error) {
      done(error as Error);
    }
  };
  // fastify-plugin's markers (skip-override, name, metadata) are symbol properties of the plugin function.
  for (const symbol of Object.getOwnPropertySymbols(plugin)) {
    Object.defineProperty(
      scoped,
      symbol,
      Object.getOwnPropertyDescriptor(plugin, symbol) as PropertyDescriptor,
    );
  }
  return scoped;
}
