package tw.childprotection.flow.protection.intake;

import tw.childprotection.flow.support.PlatformTest;

/** {@link ReportIdentityChecks} on the embedded H2 database. */
@PlatformTest
class ReportIdentityH2Test extends ReportIdentityChecks {
}
