package tw.childprotection.flow.security;

import tw.childprotection.flow.support.PostgresPlatformTest;

/** {@link WorkerRewritesChecks} on PostgreSQL, in a fresh schema created by Liquibase as in production. */
@PostgresPlatformTest
class WorkerRewritesPostgresTest extends WorkerRewritesChecks {
}
