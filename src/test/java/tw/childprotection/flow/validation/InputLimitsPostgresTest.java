package tw.childprotection.flow.validation;

import tw.childprotection.flow.support.PostgresPlatformTest;

/** {@link InputLimitsChecks} on PostgreSQL, whose text columns and NUL handling differ from H2's. */
@PostgresPlatformTest
class InputLimitsPostgresTest extends InputLimitsChecks {
}
