package tw.childprotection.flow.reporting;

import tw.childprotection.flow.support.PlatformTest;

/** {@link ReportingFormBrowserChecks} on the embedded H2 database (the name puts it in the browser suite). */
@PlatformTest
class ReportingFormBrowserTest extends ReportingFormBrowserChecks {
}
