import { Module } from '@nestjs/common';
import { HealthAndMedicationController } from './health-and-medication.controller';

@Module({ controllers: [HealthAndMedicationController] })
export class HealthAndMedicationStubModule {}
