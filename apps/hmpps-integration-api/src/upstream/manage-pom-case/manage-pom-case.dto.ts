import { PrisonOffenderManager } from '../../domain/probation-case';

/** Manage POM Case `/api/allocation/{noms}/primary_pom`. */
export interface AllocationPrimaryPomDto {
  manager?: { code?: number | null; forename?: string | null; surname?: string | null } | null;
  prison?: { code?: string | null } | null;
}

export function toPrisonOffenderManager(
  allocation: AllocationPrimaryPomDto | null | undefined,
): PrisonOffenderManager {
  return {
    forename: allocation?.manager?.forename ?? null,
    surname: allocation?.manager?.surname ?? null,
    prison: { code: allocation?.prison?.code ?? null },
  };
}
