package tw.childprotection.flow.activecare.intake;

import tw.childprotection.flow.support.PlatformTest;

/** {@link ReferralRaceChecks} on the embedded H2 database. */
@PlatformTest
class ReferralRaceH2Test extends ReferralRaceChecks {
}
