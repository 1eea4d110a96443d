// hmpps-integration-api's upstream URL variables and the upstream-stubs prefix serving each
// (apps/hmpps-integration-api/README.md, "Configuration").
module.exports = {
  UPSTREAM_PREFIXES: {
    PRISONER_OFFENDER_SEARCH_URL: '/prisoner-offender-search',
    PROBATION_OFFENDER_SEARCH_URL: '/probation-offender-search',
    PRISON_API_URL: '/prison-api',
    NDELIUS_URL: '/ndelius',
    EFFECTIVE_PROPOSAL_FRAMEWORK_URL: '/effective-proposal-framework',
    ASSESS_RISKS_AND_NEEDS_URL: '/assess-risks-and-needs',
    ADJUDICATIONS_URL: '/manage-adjudications',
    CASE_NOTES_URL: '/case-notes',
    CREATE_AND_VARY_LICENCE_URL: '/create-and-vary-a-licence',
    MANAGE_POM_CASE_URL: '/manage-pom-case',
    PLP_URL: '/plp',
    NON_ASSOCIATIONS_URL: '/non-associations',
    PERSONAL_RELATIONSHIPS_URL: '/personal-relationships',
    COURT_REGISTER_URL: '/court-register',
    HEALTH_AND_MEDICATION_URL: '/health-and-medication',
    ALERTS_API_URL: '/alerts-api',
    MANAGE_PRISON_VISITS_URL: '/manage-prison-visits',
    LOCATIONS_INSIDE_PRISON_URL: '/locations-inside-prison',
    PRISONER_BASE_LOCATION_URL: '/prisoner-base-location',
    INCENTIVES_URL: '/incentives',
    REMAND_AND_SENTENCING_URL: '/remand-and-sentencing',
    SAN_URL: '/support-additional-needs',
  },
};
