import { requestKey } from './request-key';

describe('requestKey', () => {
  it('joins the time, request id, Audit-Source and version', () => {
    const now = new Date(Date.UTC(2016, 8, 15, 5, 10, 10, 7));
    expect(requestKey(now, '10', 'dfs', '1.0')).toBe('20160915:05101000-10-dfs-1.0');
  });

  it('keeps hundredths of a second and truncates the Audit-Source to 20 characters', () => {
    const now = new Date(Date.UTC(2024, 0, 2, 23, 59, 58, 999));
    expect(requestKey(now, 'abc', 'a-very-long-audit-source-name', '1.0')).toBe(
      '20240102:23595899-abc-a-very-long-audit-so-1.0',
    );
  });
});
