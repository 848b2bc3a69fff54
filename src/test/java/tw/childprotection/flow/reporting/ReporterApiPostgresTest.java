package tw.childprotection.flow.reporting;

import tw.childprotection.flow.support.PostgresPlatformTest;

/** {@link ReporterApiChecks} on PostgreSQL: "my reports" reads the history there as on H2. */
@PostgresPlatformTest
class ReporterApiPostgresTest extends ReporterApiChecks {
}
