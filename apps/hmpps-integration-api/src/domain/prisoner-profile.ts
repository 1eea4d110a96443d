/** What NOMIS records about a prisoner at reception, as Prisoner Search serves it. */

export interface PersonalCareNeed {
  problemType: string | null;
  problemCode: string | null;
  problemStatus: string | null;
  problemDescription: string | null;
  commentText: string | null;
  startDate: string | null;
  endDate: string | null;
}

export interface Language {
  type: string | null;
  code: string | null;
  readSkill: string | null;
  writeSkill: string | null;
  speakSkill: string | null;
  interpreterRequested: boolean | null;
}

/** A tattoo, scar or other mark, and where it is. */
export interface BodyMark {
  bodyPart: string | null;
  comment: string | null;
}

export interface PhysicalCharacteristics {
  heightCentimetres: number | null;
  weightKilograms: number | null;
  hairColour: string | null;
  rightEyeColour: string | null;
  leftEyeColour: string | null;
  facialHair: string | null;
  shapeOfFace: string | null;
  build: string | null;
  shoeSize: number | null;
  tattoos: BodyMark[] | null;
  scars: BodyMark[] | null;
  marks: BodyMark[] | null;
}

/** As the prisoner declared it: free text upstream, so a string. */
export interface NumberOfChildren {
  numberOfChildren: string | null;
}
