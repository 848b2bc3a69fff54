package tw.childprotection.flow.agencies.kindergarten;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.SimulatedRecordMatcher;

/** The national kindergarten system in process (mode simulator, the default): knows no child unless stubbed. */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatedKindergartenSystem extends SimulatedRecordMatcher implements KindergartenSystem {

  public SimulatedKindergartenSystem() {
    super("全國幼兒園幼生管理系統");
  }
}
