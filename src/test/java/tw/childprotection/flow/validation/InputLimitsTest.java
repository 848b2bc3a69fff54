package tw.childprotection.flow.validation;

import tw.childprotection.flow.support.PlatformTest;

/** {@link InputLimitsChecks} on the embedded H2 database. */
@PlatformTest
class InputLimitsTest extends InputLimitsChecks {
}
