package tw.childprotection.flow.activecare;

import tw.childprotection.flow.support.PostgresPlatformTest;

/** {@link ActiveCareAgencyOutageChecks} on PostgreSQL, the production database. */
@PostgresPlatformTest
class ActiveCareAgencyOutagePostgresTest extends ActiveCareAgencyOutageChecks {
}
