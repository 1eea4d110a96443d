export const LAO_NOTE =
  'This endpoint does not serve LAO (Limited Access Offender) data: a restricted case is a 403.';
