import { readArray, readObject, readString, type JsonObject } from '@libs/upstream';
import { Diet, DietaryItem } from '../../domain/health-and-diet';

/** `{ value: [{ value: {id, code, description}, comment }], lastModified… }`; unusable entries are left out. */
function dietaryItems(field: unknown): DietaryItem[] {
  return readArray(readObject(field)?.value)
    .map(readObject)
    .filter((entry): entry is JsonObject => entry !== null)
    .flatMap((entry) => {
      const value = readObject(entry.value);
      const [id, code, description] = [
        readString(value?.id),
        readString(value?.code),
        readString(value?.description),
      ];
      if (id === null || code === null || description === null) return [];
      return [{ id, code, description, comment: readString(entry.comment) }];
    });
}

/** Health and Medication's `/prisoners/{prisonerNumber}`: the diet-and-allergy part; null without one. */
export function toDiet(body: unknown): Diet | null {
  const diet = readObject(readObject(body)?.dietAndAllergy);
  if (!diet) return null;
  return {
    foodAllergies: dietaryItems(diet.foodAllergies),
    medicalDietaryRequirements: dietaryItems(diet.medicalDietaryRequirements),
    personalisedDietaryRequirements: dietaryItems(diet.personalisedDietaryRequirements),
    cateringInstructions: { value: readString(readObject(diet.cateringInstructions)?.value) },
  };
}
