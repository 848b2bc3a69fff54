package tw.childprotection.flow.agencies.kindergarten;

import tw.childprotection.flow.agencies.SimulatedRecordMatcher;
import tw.childprotection.flow.agencies.SimulatedRecordMatcherContract;

class SimulatedKindergartenSystemTest extends SimulatedRecordMatcherContract {

  private final SimulatedKindergartenSystem system = new SimulatedKindergartenSystem();

  @Override
  protected SimulatedRecordMatcher matcher() {
    return system;
  }

  @Override
  protected String system() {
    return "全國幼兒園幼生管理系統";
  }
}
