import { ApiProperty } from '@nestjs/swagger';

/** The response models of the health-and-diet operation, named as the reference names them. */

class DietaryItem {
  @ApiProperty({ example: 'FOOD_ALLERGY_MILK' })
  id!: string;

  @ApiProperty({ example: 'MILK' })
  code!: string;

  @ApiProperty({ example: 'Milk' })
  description!: string;

  @ApiProperty({ type: String, nullable: true })
  comment!: string | null;
}

export class FoodAllergy extends DietaryItem {}
export class MedicalDietaryRequirement extends DietaryItem {}
export class PersonalisedDietaryRequirement extends DietaryItem {}

export class CateringInstruction {
  @ApiProperty({ type: String, nullable: true, example: 'Serve meals in cell' })
  value!: string | null;
}

export class Diet {
  @ApiProperty({ type: FoodAllergy, isArray: true })
  foodAllergies!: FoodAllergy[];

  @ApiProperty({ type: MedicalDietaryRequirement, isArray: true })
  medicalDietaryRequirements!: MedicalDietaryRequirement[];

  @ApiProperty({ type: PersonalisedDietaryRequirement, isArray: true })
  personalisedDietaryRequirements!: PersonalisedDietaryRequirement[];

  @ApiProperty({ type: CateringInstruction })
  cateringInstructions!: CateringInstruction;
}

export class HealthAndDiet {
  @ApiProperty({ type: Diet, nullable: true })
  diet!: Diet | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'N',
    description: 'Whether the prisoner smokes or vapes',
  })
  smoking!: string | null;
}
