import { Address, AddressUsage } from '../../domain/address';
import { ImageMetadata } from '../../domain/image-metadata';
import { ReasonableAdjustment } from '../../domain/protected-characteristics';
import { ReferenceCode } from '../../domain/reference-data';

/** Prison API `ImageDetail`. */
export interface ImageDetailDto {
  imageId: number;
  active?: boolean | null;
  captureDateTime?: string | null;
  imageView?: string | null;
  imageOrientation?: string | null;
  imageType?: string | null;
}

export function toImageMetadata(image: ImageDetailDto): ImageMetadata {
  return {
    id: image.imageId,
    active: image.active ?? null,
    captureDateTime: image.captureDateTime ?? null,
    view: image.imageView ?? null,
    orientation: image.imageOrientation ?? null,
    type: image.imageType ?? null,
  };
}

/** Prison API `AddressDto`. */
export interface NomisAddressDto {
  addressType?: string | null;
  flat?: string | null;
  premise?: string | null;
  street?: string | null;
  locality?: string | null;
  town?: string | null;
  postalCode?: string | null;
  county?: string | null;
  country?: string | null;
  comment?: string | null;
  noFixedAddress?: boolean | null;
  startDate?: string | null;
  endDate?: string | null;
  addressUsages?: { addressUsage?: string | null; addressUsageDescription?: string | null }[] | null;
}

const ADDRESS_TYPE_DESCRIPTIONS: Record<string, string> = {
  BUS: 'Business Address',
  HOME: 'Home Address',
  WORK: 'Work Address',
};

export function toAddress(address: NomisAddressDto): Address {
  const usageTypes = (address.addressUsages ?? [])
    .filter((usage) => usage.addressUsage)
    .map((usage): AddressUsage => ({
      code: usage.addressUsage as string,
      description: usage.addressUsageDescription ?? (usage.addressUsage as string),
    }));
  const addressType = address.addressType
    ? [
        {
          code: address.addressType,
          description: ADDRESS_TYPE_DESCRIPTIONS[address.addressType] ?? address.addressType,
        },
      ]
    : [];
  return {
    country: address.country ?? null,
    county: address.county ?? null,
    endDate: address.endDate ?? null,
    locality: address.locality ?? null,
    name: address.premise ?? null,
    noFixedAddress: address.noFixedAddress ?? null,
    number: address.flat ?? null,
    postcode: address.postalCode ?? null,
    startDate: address.startDate ?? null,
    street: address.street ?? null,
    town: address.town ?? null,
    types: [...usageTypes, ...addressType],
    notes: address.comment ?? null,
  };
}

/** Prison API `ReferenceCode`. */
export interface ReferenceCodeDto {
  code: string;
  description: string;
}

export function toReferenceCode(code: ReferenceCodeDto): ReferenceCode {
  return { code: code.code, description: code.description };
}

/** Prison API `ReasonableAdjustments`. */
export interface ReasonableAdjustmentsDto {
  reasonableAdjustments?: {
    treatmentCode?: string | null;
    commentText?: string | null;
    startDate?: string | null;
    endDate?: string | null;
    treatmentDescription?: string | null;
  }[];
}

export function toReasonableAdjustments(dto: ReasonableAdjustmentsDto | null): ReasonableAdjustment[] {
  return (dto?.reasonableAdjustments ?? []).map((adjustment) => ({
    treatmentCode: adjustment.treatmentCode ?? null,
    commentText: adjustment.commentText ?? null,
    startDate: adjustment.startDate ?? null,
    endDate: adjustment.endDate ?? null,
    treatmentDescription: adjustment.treatmentDescription ?? null,
  }));
}
