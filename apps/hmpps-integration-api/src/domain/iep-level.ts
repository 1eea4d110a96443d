/** A prisoner's current incentive level. */
export interface IepLevel {
  iepCode: string | null;
  iepLevel: string | null;
}
