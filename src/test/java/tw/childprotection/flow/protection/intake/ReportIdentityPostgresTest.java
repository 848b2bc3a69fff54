package tw.childprotection.flow.protection.intake;

import tw.childprotection.flow.support.PostgresPlatformTest;

/** {@link ReportIdentityChecks} on PostgreSQL, the production database. */
@PostgresPlatformTest
class ReportIdentityPostgresTest extends ReportIdentityChecks {
}
