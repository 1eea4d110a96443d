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

  it('reads the predictor levels from their OASys names', () => {
    expect(
      toRiskPredictorScore({
        completedDate: '',
        generalPredictorScore: { ogpRisk: 'LOW' },
        violencePredictorScore: { ovpRisk: 'HIGH' },
        sexualPredictorScore: { ospIndecentScoreLevel: 'MEDIUM', ospContactScoreLevel: 'LOW' },
      }),
    ).toEqual({
      completedDate: null,
      assessmentStatus: null,
      generalPredictor: { scoreLevel: 'LOW' },
      violencePredictor: { scoreLevel: 'HIGH' },
      groupReconviction: { scoreLevel: null },
      riskOfSeriousRecidivism: { scoreLevel: null },
      sexualPredictor: { indecentScoreLevel: 'MEDIUM', contactScoreLevel: 'LOW' },
    });
  });
});
