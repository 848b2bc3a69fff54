package tw.childprotection.flow.activecare.intake;

import tw.childprotection.flow.support.PlatformTest;

/** {@link BackgroundTransmissionChecks} on the embedded H2 database. */
@PlatformTest
class BackgroundTransmissionH2Test extends BackgroundTransmissionChecks {
}
