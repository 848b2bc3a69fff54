package tw.childprotection.flow.activecare.transmissions;

import tw.childprotection.flow.support.PostgresPlatformTest;

/** {@link TransmissionWatchChecks} on PostgreSQL, the production database. */
@PostgresPlatformTest
class TransmissionWatchPostgresTest extends TransmissionWatchChecks {
}
