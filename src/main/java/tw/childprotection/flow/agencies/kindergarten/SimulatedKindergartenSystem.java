package tw.childprotection.flow.agencies.kindergarten;

import tw.childprotection.flow.agencies.SimulatedRecordMatcher;
import tw.childprotection.flow.agencies.SimulatorMode;

/** The national kindergarten system in process (mode simulator, the default): knows no child unless stubbed. */
@SimulatorMode
public class SimulatedKindergartenSystem extends SimulatedRecordMatcher implements KindergartenSystem {

  public SimulatedKindergartenSystem() {
    super("全國幼兒園幼生管理系統");
  }
}
