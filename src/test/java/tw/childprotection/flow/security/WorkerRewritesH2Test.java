package tw.childprotection.flow.security;

import tw.childprotection.flow.support.PlatformTest;

/** {@link WorkerRewritesChecks} on the embedded H2 database. */
@PlatformTest
class WorkerRewritesH2Test extends WorkerRewritesChecks {
}
