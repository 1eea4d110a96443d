/** A court of the Court Register, the reference list shared by courts and prisons. */
export interface Court {
  courtId: string | null;
  courtName: string | null;
  courtDescription: string | null;
  type: CourtType | null;
  active: boolean | null;
  cpCourtUuid: string | null;
}

export interface CourtType {
  courtType: string | null;
  courtName: string | null;
}
