import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { NOT_AN_OBJECT, RequestValidationError } from './request-validation.error';
import { declaredProperties, RequestValidationPipe } from './request-validation.pipe';
import { IsCalendarDate, isCalendarDate, ToInteger } from './rules';

class ItemDto {
  @IsNotEmpty()
  name!: string;
}

class OrderDto {
  @IsNotEmpty()
  reference!: string;

  @IsCalendarDate({ min: '1900-01-01' })
  placedOn!: string;

  @ValidateNested({ each: true })
  @Type(() => ItemDto)
  items!: ItemDto[];
}

class PageQuery {
  @IsOptional()
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(1000)
  page?: number;
}

async function failure(run: () => Promise<unknown>): Promise<RequestValidationError> {
  const error = await run().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RequestValidationError);
  return error as RequestValidationError;
}

describe('RequestValidationPipe', () => {
  const pipe = new RequestValidationPipe();
  const body = (value: unknown) => pipe.transform(value, { type: 'body', metatype: OrderDto });
  const valid = { reference: 'R1', placedOn: '2024-02-29', items: [{ name: 'a' }] };

  it('returns a DTO instance for a valid body', async () => {
    await expect(body(valid)).resolves.toBeInstanceOf(OrderDto);
  });

  it('reports each broken rule with its path, nested ones included, and the DTO name', async () => {
    const error = await failure(() => body({ reference: '', placedOn: '2023-02-30', items: [{ name: '' }] }));
    expect(error.location).toBe('body');
    expect(error.dtoName).toBe('OrderDto');
    expect(error.dto).toBe(OrderDto);
    expect(error.issues.map((issue) => [issue.path, Object.keys(issue.constraints)])).toEqual([
      ['reference', ['isNotEmpty']],
      ['placedOn', ['isCalendarDate']],
      ['items[0].name', ['isNotEmpty']],
    ]);
  });

  it('refuses properties the DTO does not declare, unless told not to', async () => {
    const error = await failure(() => body({ ...valid, admin: true }));
    expect(error.issues).toEqual([
      expect.objectContaining({
        path: 'admin',
        constraints: expect.objectContaining({ whitelistValidation: expect.any(String) }),
      }),
    ]);
    const lenient = new RequestValidationPipe({ forbidUnknownProperties: false });
    await expect(
      lenient.transform({ ...valid, admin: true }, { type: 'body', metatype: OrderDto }),
    ).resolves.toMatchObject(valid);
  });

  it('refuses undeclared keys naming inherited members, which the transformation would drop unseen', async () => {
    const sent = { admin: 1, constructor: 'x', ...valid, toString: 'y', prototype: 2, hasOwnProperty: 3 };
    const error = await failure(() => body(sent));
    expect(error.issues.map((issue) => [issue.path, Object.keys(issue.constraints), issue.value])).toEqual([
      ['admin', ['whitelistValidation'], 1],
      ['constructor', ['whitelistValidation'], 'x'],
      ['toString', ['whitelistValidation'], 'y'],
      ['prototype', ['whitelistValidation'], 2],
      ['hasOwnProperty', ['whitelistValidation'], 3],
    ]);
    const withRules = await failure(() => body({ toString: 'y', ...valid, reference: '' }));
    expect(withRules.issues.map((issue) => issue.path)).toEqual(['toString', 'reference']);
    const lenient = new RequestValidationPipe({ forbidUnknownProperties: false });
    await expect(
      lenient.transform({ ...valid, toString: 'y' }, { type: 'body', metatype: OrderDto }),
    ).resolves.toBeInstanceOf(OrderDto);
  });

  it('lists the properties a DTO declares rules for, in declaration order', () => {
    expect(declaredProperties(OrderDto)).toEqual(['reference', 'placedOn', 'items']);
  });

  it.each([[[]], ['text'], [null], [42]])('refuses a body that is not a JSON object: %j', async (value) => {
    const error = await failure(() => body(value));
    expect(error.issues).toEqual([
      { path: '', constraints: { [NOT_AN_OBJECT]: 'the body must be a JSON object' }, value },
    ]);
  });

  it('tells a nested field that is not an object from a body that is not one', async () => {
    class Wrapper {
      @IsObject()
      @ValidateNested()
      @Type(() => OrderDto)
      order!: OrderDto;
    }
    const error = await failure(() => pipe.transform({ order: [] }, { type: 'body', metatype: Wrapper }));
    expect(error.issues.map((issue) => [issue.path, Object.keys(issue.constraints)])).toEqual([
      ['order', ['isObject']],
    ]);
    expect(NOT_AN_OBJECT).not.toBe('isObject');
  });

  it.each(['a\u0000b', 'tab\there', 'del\u007f', 'lone \ud800 surrogate', 'c1 \u0085'])(
    'refuses text no database stores as sent, in any field or key: %j',
    async (text) => {
      const error = await failure(() => body({ ...valid, items: [{ name: text }] }));
      expect(error.issues.map((issue) => issue.path)).toEqual(['items[0].name']);
      const inKey = await failure(() => body({ ...valid, [text]: 1 }));
      expect(inKey.issues.map((issue) => Object.keys(issue.constraints))).toEqual([['unstorableText']]);
    },
  );

  it('leaves control characters to the DTO when told not to refuse them', async () => {
    const lenient = new RequestValidationPipe({ refuseUnstorableText: false });
    const order = { ...valid, reference: 'R\u0001', items: [{ name: 'a\u0000b' }] };
    await expect(lenient.transform(order, { type: 'body', metatype: OrderDto })).resolves.toMatchObject(
      order,
    );
    const error = await failure(() =>
      lenient.transform({ ...order, reference: '' }, { type: 'body', metatype: OrderDto }),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['reference']);
  });

  it('checks query parameters too, converting them as the DTO says', async () => {
    await expect(pipe.transform({ page: '3' }, { type: 'query', metatype: PageQuery })).resolves.toEqual({
      page: 3,
    });
    for (const page of ['0', '1001', '1e2', '0x10', '1.0', '99999999999999999999', 'x']) {
      const error = await failure(() => pipe.transform({ page }, { type: 'query', metatype: PageQuery }));
      expect(error.location).toBe('query');
      expect(error.issues[0].path).toBe('page');
    }
  });

  it('leaves custom parameters alone', async () => {
    await expect(pipe.transform('a\u0000b', { type: 'custom' })).resolves.toBe('a\u0000b');
  });
});

describe('isCalendarDate', () => {
  it.each(['2024-02-29', '1900-01-01', '9999-12-31', '0001-01-01', '0099-12-31'])('accepts %s', (value) =>
    expect(isCalendarDate(value)).toBe(true),
  );
  it.each([
    '2023-02-29',
    '0000-01-01',
    '2024-13-01',
    '2024-1-01',
    '+02024-01-01',
    '2024-01-01T00:00:00Z',
    '',
  ])('refuses %s', (value) => expect(isCalendarDate(value)).toBe(false));
  it('keeps to the range', () => {
    expect(isCalendarDate('1899-12-31', { min: '1900-01-01' })).toBe(false);
    expect(isCalendarDate('2030-01-01', { max: '2029-12-31' })).toBe(false);
  });
  it('reaches year 0000 (a leap year) only when the range asks for it', () => {
    expect(isCalendarDate('0000-02-29', { min: '0000-01-01' })).toBe(true);
    expect(isCalendarDate('0000-02-30', { min: '0000-01-01' })).toBe(false);
  });
});
