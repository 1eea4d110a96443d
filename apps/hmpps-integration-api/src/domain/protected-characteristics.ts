export interface CodeDescription {
  code: string | null;
  description: string | null;
}

export interface Disability {
  disabilityType: CodeDescription | null;
  condition: CodeDescription | null;
  startDate: string | null;
  endDate: string | null;
  notes: string | null;
}

export interface ReasonableAdjustment {
  treatmentCode: string | null;
  commentText: string | null;
  startDate: string | null;
  endDate: string | null;
  treatmentDescription: string | null;
}

export interface ProtectedCharacteristics {
  age: number | null;
  gender: string | null;
  sexualOrientation: string | null;
  ethnicity: string | null;
  nationality: string | null;
  religion: string | null;
  disabilities: Disability[];
  maritalStatus: string | null;
  reasonableAdjustments: ReasonableAdjustment[];
}
