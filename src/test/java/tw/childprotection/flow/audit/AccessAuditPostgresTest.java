package tw.childprotection.flow.audit;

import tw.childprotection.flow.support.PostgresPlatformTest;

/** {@link AccessAuditChecks} on PostgreSQL. */
@PostgresPlatformTest
class AccessAuditPostgresTest extends AccessAuditChecks {
}
