import { QueueModuleOptions } from '@libs/queue';
import type { FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { USERNAME_HEADER } from './common/checked-request.decorator';
import { APP_NAME } from './app-name';

/**
 * The HMPPS Audit queue (id `audit`, name from `HMPPS_SQS_QUEUES_AUDIT_QUEUE_NAME`; `audit-queue` with
 * the emulator, as the reference's local profile) and how audit events are made: `who` is
 * `X-Username`, `details` the nomisId as it is, a random `correlationId` per event.
 */
export const LEARNER_RECORDS_QUEUES: QueueModuleOptions = {
  queues: { audit: { localName: 'audit-queue', required: true } },
  audit: {
    service: APP_NAME,
    who: (request: FastifyRequest) => {
      const value = request.headers[USERNAME_HEADER.toLowerCase()];
      return Array.isArray(value) ? value[0] : value;
    },
    correlationId: randomUUID,
  },
};
