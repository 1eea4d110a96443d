import { ConsumerFilters } from './consumer-filters';

/** Who is calling, attached to the request once authorisation has let it through. */
export interface AuthorisedConsumer {
  name: string;
  filters: ConsumerFilters;
}

declare module 'fastify' {
  interface FastifyRequest {
    consumer?: AuthorisedConsumer;
  }
}
