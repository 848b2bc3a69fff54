package tw.childprotection.flow.activecare.intake;

import tw.childprotection.flow.support.PostgresPlatformTest;

/** {@link BackgroundTransmissionChecks} on PostgreSQL, the production database. */
@PostgresPlatformTest
class BackgroundTransmissionPostgresTest extends BackgroundTransmissionChecks {
}
