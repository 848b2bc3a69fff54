package tw.childprotection.flow.security;

import tw.childprotection.flow.support.PlatformTest;

/** {@link CountyIsolationChecks} on the embedded H2 database. */
@PlatformTest
class CountyIsolationH2Test extends CountyIsolationChecks {
}
