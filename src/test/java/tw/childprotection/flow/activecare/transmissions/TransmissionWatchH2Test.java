package tw.childprotection.flow.activecare.transmissions;

import tw.childprotection.flow.support.PlatformTest;

/** {@link TransmissionWatchChecks} on the embedded H2 database. */
@PlatformTest
class TransmissionWatchH2Test extends TransmissionWatchChecks {
}
