import { loadGroRegistry, loadNrsRegistry } from './brm-fixtures';

describe('BRM stub registries', () => {
  const gro = loadGroRegistry();
  const nrs = loadNrsRegistry();

  it('finds a GRO record by number, preferring the file named after it', () => {
    expect(gro.byNumber('400000001')).toMatchObject({ systemNumber: 400000001 });
    expect(gro.byNumber('500035710')).toMatchObject({ subjects: { child: { dateOfBirth: '2006-11-12' } } });
    expect(gro.byNumber('123456789')).toMatchObject({
      id: 123456789,
      child: { forenames: 'Joan Narcissus Ouroboros' },
    });
    expect(gro.byNumber('111111111')).toBeUndefined();
  });

  it('lists each GRO entry once in a details search, ignoring case and spacing', () => {
    const gibbys = gro.search({ forenames: ' gibby ', surname: 'HAYNES', dateOfBirth: '2011-10-01' });
    expect(gibbys.map((record) => record.systemNumber)).toEqual([400000001, 400000004, 400000005]);
    expect(
      gro
        .search({ forenames: 'Adam  test', surname: 'smith', dateOfBirth: '2009-07-01' })
        .map((r) => r.systemNumber),
    ).toEqual([500035710]);
    expect(gro.search({ forenames: 'Nobody', surname: 'Smith', dateOfBirth: '2009-07-01' })).toEqual([]);
  });

  it('serves scenario files verbatim for their reference numbers', () => {
    expect(gro.scenario('400000099')).toEqual([
      expect.objectContaining({ systemNumber: 400000001 }),
      { systemNumber: 'not-a-number', subjects: {} },
    ]);
    expect(nrs.scenario('2017999010')).toMatchObject({
      births: [{ id: '2017734003' }, { id: '2017734004' }],
    });
    expect(nrs.scenario('2017734003')).toBeUndefined();
  });

  it('finds NRS births by id and by details', () => {
    expect(nrs.byNumber('2017734003')).toMatchObject({ subjects: { child: { firstName: 'Adam TEST' } } });
    expect(nrs.search({ forenames: 'a', surname: 's', dateOfBirth: '2009-11-12' })).toHaveLength(1);
    expect(
      nrs
        .search({ forenames: 'Adam TEST', surname: 'SMITH', dateOfBirth: '2009-11-12' })
        .map((birth) => birth.id),
    ).toEqual(['2017734003']);
  });
});
