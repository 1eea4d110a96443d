import { X } from '@libs/errors';
console.log('hello', X);
