package tw.childprotection.flow.api;

import tw.childprotection.flow.support.PlatformTest;

/** {@link ApiExamplesChecks} on the embedded H2 database. */
@PlatformTest
class ApiExamplesH2Test extends ApiExamplesChecks {
}
