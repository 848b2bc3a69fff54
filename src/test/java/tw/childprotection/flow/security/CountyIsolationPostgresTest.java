package tw.childprotection.flow.security;

import tw.childprotection.flow.support.PostgresPlatformTest;

/**
 * {@link CountyIsolationChecks} on PostgreSQL (CONTRACT §1: TEST_DB_URL, default
 * 127.0.0.1:5432/test), in a fresh schema created by Liquibase exactly as in production.
 */
@PostgresPlatformTest
class CountyIsolationPostgresTest extends CountyIsolationChecks {
}
