import { readArray, readBoolean, readNumber, readObject, readString, type JsonObject } from '@libs/upstream';
import { BodyMark, Language, PersonalCareNeed, PhysicalCharacteristics } from '../../domain/prisoner-profile';

/**
 * The reception parts of Prisoner Search's `Prisoner` (read with the rest of it by `toPrisoner`) (care needs, languages, physical characteristics),
 * read loosely: a list the upstream leaves out stays null, as the reference answers it.
 */
function listOf<T>(value: unknown, item: (entry: JsonObject) => T): T[] | null {
  if (!Array.isArray(value)) return null;
  return readArray(value)
    .map(readObject)
    .filter((entry): entry is JsonObject => entry !== null)
    .map(item);
}

/** Heights, weights and shoe sizes are whole numbers upstream. */
function readWholeNumber(value: unknown): number | null {
  const number = readNumber(value);
  return number !== null && Number.isInteger(number) ? number : null;
}

function toPersonalCareNeed(need: JsonObject): PersonalCareNeed {
  return {
    problemType: readString(need.problemType),
    problemCode: readString(need.problemCode),
    problemStatus: readString(need.problemStatus),
    problemDescription: readString(need.problemDescription),
    commentText: readString(need.commentText),
    startDate: readString(need.startDate),
    endDate: readString(need.endDate),
  };
}

function toLanguage(language: JsonObject): Language {
  return {
    type: readString(language.type),
    code: readString(language.code),
    readSkill: readString(language.readSkill),
    writeSkill: readString(language.writeSkill),
    speakSkill: readString(language.speakSkill),
    interpreterRequested: readBoolean(language.interpreterRequested),
  };
}

function toBodyMark(mark: JsonObject): BodyMark {
  return { bodyPart: readString(mark.bodyPart), comment: readString(mark.comment) };
}

export function toPersonalCareNeeds(prisoner: unknown): PersonalCareNeed[] | null {
  return listOf(readObject(prisoner)?.personalCareNeeds, toPersonalCareNeed);
}

export function toLanguages(prisoner: unknown): Language[] | null {
  return listOf(readObject(prisoner)?.languages, toLanguage);
}

export function toPhysicalCharacteristics(prisoner: unknown): PhysicalCharacteristics {
  const body = readObject(prisoner) ?? {};
  return {
    heightCentimetres: readWholeNumber(body.heightCentimetres),
    weightKilograms: readWholeNumber(body.weightKilograms),
    hairColour: readString(body.hairColour),
    rightEyeColour: readString(body.rightEyeColour),
    leftEyeColour: readString(body.leftEyeColour),
    facialHair: readString(body.facialHair),
    shapeOfFace: readString(body.shapeOfFace),
    build: readString(body.build),
    shoeSize: readWholeNumber(body.shoeSize),
    tattoos: listOf(body.tattoos, toBodyMark),
    scars: listOf(body.scars, toBodyMark),
    marks: listOf(body.marks, toBodyMark),
  };
}
