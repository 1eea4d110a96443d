import { Module } from '@nestjs/common';
import { CreateAndVaryALicenceController } from './create-and-vary-a-licence.controller';

@Module({ controllers: [CreateAndVaryALicenceController] })
export class CreateAndVaryALicenceStubModule {}
