import { Module } from '@nestjs/common';
import { HmppsMessageWriter } from './hmpps-message-writer';

/** The writer of HEAD's write-queue messages, shared by the operations that queue changes. */
@Module({ providers: [HmppsMessageWriter], exports: [HmppsMessageWriter] })
export class HmppsMessagesModule {}
