package tw.childprotection.flow.activecare;

import tw.childprotection.flow.support.PlatformTest;

/** {@link ActiveCareAgencyOutageChecks} on the embedded H2 database. */
@PlatformTest
class ActiveCareAgencyOutageH2Test extends ActiveCareAgencyOutageChecks {
}
