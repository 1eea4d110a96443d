import { ApiProperty } from '@nestjs/swagger';

/**
 * Documents a response class whose fields are all nullable scalars, by kind, so that a flat model of
 * twenty strings is one list rather than twenty decorators: `nullableFields(Model, { text: [...] })`.
 */
export function nullableFields(
  model: abstract new () => object,
  fields: { text?: string[]; flags?: string[]; integers?: string[]; dates?: string[]; instants?: string[] },
): void {
  const describe = (names: string[] | undefined, options: Parameters<typeof ApiProperty>[0]) => {
    for (const name of names ?? []) ApiProperty({ nullable: true, ...options })(model.prototype, name);
  };
  describe(fields.text, { type: String });
  describe(fields.dates, { type: String, format: 'date' });
  describe(fields.instants, { type: String, format: 'date-time' });
  describe(fields.flags, { type: Boolean });
  describe(fields.integers, { type: 'integer' });
}
