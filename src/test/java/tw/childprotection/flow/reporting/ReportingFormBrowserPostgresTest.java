package tw.childprotection.flow.reporting;

import tw.childprotection.flow.support.PostgresPlatformTest;

/** {@link ReportingFormBrowserChecks} on PostgreSQL: the teacher's report written there, its number read back. */
@PostgresPlatformTest
class ReportingFormBrowserPostgresTest extends ReportingFormBrowserChecks {
}
