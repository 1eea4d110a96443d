export type { Fault } from '@libs/testing';
