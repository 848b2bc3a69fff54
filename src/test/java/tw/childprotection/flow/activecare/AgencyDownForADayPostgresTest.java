package tw.childprotection.flow.activecare;

import tw.childprotection.flow.support.PostgresPlatformTest;

/** {@link AgencyDownForADayChecks} on PostgreSQL, where the cluster's job executors would retry. */
@PostgresPlatformTest
class AgencyDownForADayPostgresTest extends AgencyDownForADayChecks {
}
