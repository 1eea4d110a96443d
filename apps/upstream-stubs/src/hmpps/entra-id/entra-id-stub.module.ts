import { Module } from '@nestjs/common';
import { TokenSigner } from '../../auth/token-signer.service';
import { ENTRA_ID_SIGNER, EntraIdController } from './entra-id.controller';

@Module({
  controllers: [EntraIdController],
  providers: [{ provide: ENTRA_ID_SIGNER, useFactory: () => new TokenSigner() }],
})
export class EntraIdStubModule {}
