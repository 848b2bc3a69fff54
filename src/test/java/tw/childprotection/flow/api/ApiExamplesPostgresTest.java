package tw.childprotection.flow.api;

import tw.childprotection.flow.support.PostgresPlatformTest;

/** {@link ApiExamplesChecks} on PostgreSQL, the production database. */
@PostgresPlatformTest
class ApiExamplesPostgresTest extends ApiExamplesChecks {
}
