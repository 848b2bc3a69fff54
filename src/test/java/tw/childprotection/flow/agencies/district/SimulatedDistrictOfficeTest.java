package tw.childprotection.flow.agencies.district;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.Simulator;
import tw.childprotection.flow.agencies.SimulatorContract;

class SimulatedDistrictOfficeTest extends SimulatorContract<ChildQuery> {

  private final SimulatedDistrictOffice district = new SimulatedDistrictOffice();

  @Override
  protected Simulator<ChildQuery> simulator() {
    return district;
  }

  @Override
  protected ChildQuery call(String idempotencyKey, String caseId, Map<String, Object> details) {
    return new ChildQuery(idempotencyKey, caseId, "TPE", CHILD_ID, details);
  }

  @Override
  protected ChildQuery callWithoutType() {
    throw new UnsupportedOperationException("a follow-up request has no type");
  }

  @Override
  protected AgencyReceipt send(ChildQuery call) {
    return district.requestFollowUp(call);
  }

  @Override
  protected Map<String, Object> detailsOf(ChildQuery call) {
    return call.details();
  }

  @Override
  protected String referencePrefix() {
    return "DISTRICT";
  }

  /** A letter has no type; what it cannot do without is the child's national ID. */
  @Test
  @Override
  protected void keyCaseIdAndTypeAreRequired() {
    assertThatThrownBy(() -> call(" ", "CP-TPE-2026-000001", DETAILS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotencyKey");
    assertThatThrownBy(() -> call("k", "", DETAILS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("caseId");
    assertThatThrownBy(() -> new ChildQuery("k", "CP-TPE-2026-000001", "TPE", null, DETAILS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("childNationalId");
  }
}
