import { Module } from '@nestjs/common';
import { loadGroRegistry, loadNrsRegistry } from './brm-fixtures';
import { GRO_REGISTRY, NRS_REGISTRY } from './brm-stub.settings';
import { DesBirthsController } from './des-births.controller';
import { GroProxyController } from './gro-proxy.controller';

/**
 * Stand-ins for GRO (through the birth-registration-matching-proxy paths) and NRS (through DES).
 * GRO-NI has no interface to stand in for: the reference's GRO-NI connector has no URL and never calls
 * the network, and BRM does the same.
 */
@Module({
  controllers: [GroProxyController, DesBirthsController],
  providers: [
    { provide: GRO_REGISTRY, useFactory: loadGroRegistry },
    { provide: NRS_REGISTRY, useFactory: loadNrsRegistry },
  ],
})
export class BrmStubModule {}
