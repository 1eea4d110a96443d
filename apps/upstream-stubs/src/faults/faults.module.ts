import { Module } from '@nestjs/common';

/** Stand-in for fault injection admin. */
@Module({})
export class FaultsModule {}
