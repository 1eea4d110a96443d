import { Module } from '@nestjs/common';
import { AddressSearchController } from './address-search.controller';
import { AddressSearchService } from './address-search.service';

/** `/v1/addresses`: people on probation found by address. */
@Module({ controllers: [AddressSearchController], providers: [AddressSearchService] })
export class AddressSearchModule {}
