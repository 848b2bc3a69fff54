package tw.childprotection.flow.activecare.intake;

import tw.childprotection.flow.support.PlatformTest;

/** {@link ReferralIdentityChecks} on the embedded H2 database. */
@PlatformTest
class ReferralIdentityH2Test extends ReferralIdentityChecks {
}
