package tw.childprotection.flow.activecare;

import tw.childprotection.flow.support.PlatformTest;

/** {@link AgencyDownForADayChecks} on the embedded H2 database. */
@PlatformTest
class AgencyDownForADayScenarioTest extends AgencyDownForADayChecks {
}
