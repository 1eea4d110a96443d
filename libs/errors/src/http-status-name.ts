import { HttpStatus } from '@nestjs/common';

/** The Spring `HttpStatus` enum name of a status code, e.g. 424 → `FAILED_DEPENDENCY`. */
export function httpStatusName(status: number): string {
  const name = HttpStatus[status];
  if (typeof name !== 'string') return String(status);
  // Nest names a few codes differently from Spring; the HMPPS services speak Spring.
  const springNames: Record<number, string> = {
    413: 'PAYLOAD_TOO_LARGE',
    414: 'URI_TOO_LONG',
    421: 'MISDIRECTED_REQUEST',
  };
  return springNames[status] ?? name;
}
