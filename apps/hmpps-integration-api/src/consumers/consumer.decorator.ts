import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AuthorisedConsumer } from './authorised-consumer';

/** The authorised consumer of the request (always set: authorisation runs before every route). */
export const Consumer = createParamDecorator((_: unknown, context: ExecutionContext): AuthorisedConsumer => {
  const consumer = context.switchToHttp().getRequest<FastifyRequest>().consumer;
  if (!consumer) throw new Error('Consumer authorisation did not run for this request');
  return consumer;
});
