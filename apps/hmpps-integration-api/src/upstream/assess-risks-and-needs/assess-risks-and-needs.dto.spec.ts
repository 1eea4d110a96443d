import { toRiskPredictorScore, toRisks } from './assess-risks-and-needs.dto';

describe('Assess Risks and Needs mappings', () => {
  it('turns level → person groups into camel-cased group → level', () => {
    const risks = toRisks({
      summary: {
        riskInCommunity: { HIGH: ['Known Adult', 'children'], LOW: ['Public'] },
        riskInCustody: { MEDIUM: ['Staff'] },
      },
    });
    expect(risks.summary.riskInCommunity).toEqual({ knownAdult: 'HIGH', children: 'HIGH', public: 'LOW' });
    expect(risks.summary.riskInCustody).toEqual({ staff: 'MEDIUM' });
  });

  it('reports absent or empty person-group maps as null and fills absent risks with nulls', () => {
    const risks = toRisks({ summary: { riskInCommunity: {} } });
    expect(risks.summary.riskInCommunity).toBeNull();
    expect(risks.summary.riskInCustody).toBeNull();
    expect(risks.riskToSelf.suicide).toEqual({
      risk: null,
      previous: null,
      previousConcernsText: null,
      current: null,
      currentConcernsText: null,
    });
  });

  it('reads a version-1 assessment: levels from their OASys names, scores only where ARN has them', () => {
    expect(
      toRiskPredictorScore({
        completedDate: '',
        outputVersion: '1',
        output: {
          generalPredictorScore: { ogpRisk: 'LOW', ogp2Year: 12 },
          violencePredictorScore: { ovpRisk: 'HIGH' },
          sexualPredictorScore: { ospIndecentScoreLevel: 'MEDIUM', ospContactScoreLevel: 'LOW' },
        },
      }),
    ).toEqual({
      assessmentVersion: 1,
      generalPredictor: { scoreLevel: 'LOW', score: 12 },
      violencePredictor: { scoreLevel: 'HIGH' },
      groupReconviction: { scoreLevel: null },
      riskOfSeriousRecidivism: { scoreLevel: null },
      sexualPredictor: { indecentScoreLevel: 'MEDIUM', contactScoreLevel: 'LOW' },
    });
  });

  it('reads a version-2 assessment into the six predictors, and refuses any other version', () => {
    const score = toRiskPredictorScore({
      completedDate: '2024-01-02T03:04:05',
      status: 'COMPLETE',
      outputVersion: '2',
      output: { allReoffendingPredictor: { band: 'HIGH', score: 70.5 } },
    });
    expect(score).toMatchObject({
      completedDate: '2024-01-02T03:04:05',
      assessmentStatus: 'COMPLETE',
      assessmentVersion: 2,
      generalPredictor: { scoreLevel: null },
      allReoffendingPredictor: { band: 'HIGH', score: 70.5 },
      combinedSeriousReoffendingPredictor: { band: null },
    });
    expect(() => toRiskPredictorScore({ outputVersion: '3', output: {} })).toThrow(
      'Version not supported: 3',
    );
  });
});
