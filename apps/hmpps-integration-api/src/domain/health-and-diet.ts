/** A food allergy or dietary requirement: a Health and Medication reference value, with a comment. */
export interface DietaryItem {
  id: string;
  code: string;
  description: string;
  comment: string | null;
}

export interface Diet {
  foodAllergies: DietaryItem[];
  medicalDietaryRequirements: DietaryItem[];
  personalisedDietaryRequirements: DietaryItem[];
  cateringInstructions: { value: string | null };
}

/** `smoking` is Prisoner Search's `smoker` (e.g. `Y`, `N`, `V` for vaper). */
export interface HealthAndDiet {
  diet: Diet | null;
  smoking: string | null;
}

/** What a prisoner Health and Medication holds nothing for has: no allergies, requirements or instructions. */
export const NO_DIET: Diet = {
  foodAllergies: [],
  medicalDietaryRequirements: [],
  personalisedDietaryRequirements: [],
  cateringInstructions: { value: null },
};
