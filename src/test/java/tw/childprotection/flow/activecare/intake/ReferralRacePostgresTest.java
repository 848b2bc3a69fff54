package tw.childprotection.flow.activecare.intake;

import tw.childprotection.flow.support.PostgresPlatformTest;

/** {@link ReferralRaceChecks} on PostgreSQL, the production database. */
@PostgresPlatformTest
class ReferralRacePostgresTest extends ReferralRaceChecks {
}
