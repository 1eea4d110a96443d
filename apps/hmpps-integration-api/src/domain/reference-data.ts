export interface ReferenceCode {
  code: string;
  description: string;
}

/** Category (e.g. PHONE_TYPE) → its codes, categories in the upstream's order. */
export type ReferenceDataCategories = Record<string, ReferenceCode[]>;
