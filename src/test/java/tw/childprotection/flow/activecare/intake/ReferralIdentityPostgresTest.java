package tw.childprotection.flow.activecare.intake;

import tw.childprotection.flow.support.PostgresPlatformTest;

/** {@link ReferralIdentityChecks} on PostgreSQL, the production database. */
@PostgresPlatformTest
class ReferralIdentityPostgresTest extends ReferralIdentityChecks {
}
