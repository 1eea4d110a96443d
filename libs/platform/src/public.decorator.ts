import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'platform:isPublic';

/** Marks a controller or route as reachable without a bearer token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
