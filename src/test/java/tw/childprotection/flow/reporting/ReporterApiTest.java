package tw.childprotection.flow.reporting;

import tw.childprotection.flow.support.PlatformTest;

/** {@link ReporterApiChecks} on the embedded H2 database. */
@PlatformTest
class ReporterApiTest extends ReporterApiChecks {
}
