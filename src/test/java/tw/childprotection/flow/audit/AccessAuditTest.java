package tw.childprotection.flow.audit;

import tw.childprotection.flow.support.PlatformTest;

/** {@link AccessAuditChecks} on the embedded H2 database. */
@PlatformTest
class AccessAuditTest extends AccessAuditChecks {
}
