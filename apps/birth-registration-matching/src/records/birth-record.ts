import type { BirthDate } from '../payload/birth-date';

/** GRO status flags; `format` only decides the names they carry in audits (v0 and v1 differ). */
export interface GroFlags {
  readonly registry: 'gro';
  readonly format: 'v0' | 'v1';
  readonly potentiallyFictitious: boolean;
  readonly blocked: boolean;
  readonly cancelled: boolean;
  readonly correction?: string;
  readonly marginalNote?: string;
  readonly reRegistered?: string;
}

/** NRS codes are audited only; they never block a match. */
export interface NrsFlags {
  readonly registry: 'nrs';
  readonly status: number;
  readonly deathCode: number;
}

/** A registry's birth entry, reduced to what matching and auditing use. */
export interface BirthRecord {
  readonly referenceNumber: number;
  readonly forenames: string;
  readonly lastName: string;
  /** Absent when the registry sent none or an invalid one. */
  readonly dateOfBirth?: BirthDate;
  readonly flags: GroFlags | NrsFlags;
}

/** An upstream answer that is JSON but cannot be turned into records (a bad list element, a bad NRS id). */
export class RecordParseError extends Error {
  override readonly name = 'RecordParseError';
}
