package tw.childprotection.flow.deadlines;

import java.util.Arrays;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;

/**
 * One mechanism for every statutory deadline in every diagram. An analyst marks a timer boundary
 * event with the extension property {@code deadline = <code>}; the activity it is attached to is the
 * work the deadline governs. This listener then wires, at deployment:
 * <ul>
 *   <li>governed activity starts → PENDING in the registry, due when the timer is due;</li>
 *   <li>governed user task (or a user task directly inside a governed sub-process) is created → the
 *       timer's due time becomes the task's due date (Tasklist shows and sorts by it);</li>
 *   <li>governed work completes → MET (BREACHED if already late);</li>
 *   <li>the timer fires → BREACHED; what happens next (escalation to a supervisor, say) is drawn in
 *       the diagram after the boundary event.</li>
 * </ul>
 * A minimum period (Art. 9: follow-up for <em>at least</em> one year) is the other way round: the
 * analyst adds {@code deadlineRule = minimum}; the timer reaching its time is MET, the governed
 * activity ending before it is BREACHED.
 */
class DeadlineParseListener extends AbstractBpmnParseListener {

  static final String PROPERTY = "deadline";
  static final String RULE_PROPERTY = "deadlineRule";
  static final String MINIMUM = "minimum";
  private static final Namespace CAMUNDA = new Namespace(BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS);

  private final DeadlineRegistry registry;

  DeadlineParseListener(DeadlineRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl boundary) {
    Optional<String> property = property(element, PROPERTY);
    if (property.isEmpty()) {
      return;
    }
    DeadlineCode code = DeadlineCode.fromCode(property.get()).orElseThrow(() -> new ProcessEngineException(
        "Boundary event '" + boundary.getId() + "' names deadline '" + property.get()
            + "', which is not one of " + Arrays.toString(DeadlineCode.values())));
    if (element.element("timerEventDefinition") == null) {
      throw new ProcessEngineException("Boundary event '" + boundary.getId() + "' names deadline "
          + code + " but is not a timer boundary event");
    }
    ActivityImpl governed = (ActivityImpl) boundary.getEventScope();
    Optional<String> rule = property(element, RULE_PROPERTY);
    if (rule.isPresent()) {
      if (!MINIMUM.equals(rule.get()) || governed.getActivityBehavior() instanceof UserTaskActivityBehavior) {
        throw new ProcessEngineException("Boundary event '" + boundary.getId() + "': deadlineRule '"
            + rule.get() + "' is not supported (only 'minimum', on a sub-process or call activity)");
      }
      wireMinimumPeriod(boundary, governed, code);
      return;
    }
    boundary.addBuiltInListener(ExecutionListener.EVENTNAME_START,
        new DeadlineListeners.TimerFired(code, registry::breached));
    governed.addBuiltInListener(ExecutionListener.EVENTNAME_START,
        new DeadlineListeners.Started(registry, code, boundary.getId()));
    if (governed.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      TaskDefinition task = userTask.getTaskDefinition();
      task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
          new DeadlineListeners.DueDateFromTimer(boundary.getId()));
      task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
          new DeadlineListeners.TaskCompleted(registry, code));
    } else {
      // a sub-process: done when it ends; the user tasks in it carry the deadline as their due date
      governed.addBuiltInListener(ExecutionListener.EVENTNAME_END,
          new DeadlineListeners.ActivityEnded(code, registry::met));
      for (ActivityImpl inner : governed.getActivities()) {
        if (inner.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
              new DeadlineListeners.DueDateFromTimer(boundary.getId()));
        }
      }
    }
  }

  private void wireMinimumPeriod(ActivityImpl boundary, ActivityImpl governed, DeadlineCode code) {
    governed.addBuiltInListener(ExecutionListener.EVENTNAME_START,
        new DeadlineListeners.Started(registry, code, boundary.getId()));
    boundary.addBuiltInListener(ExecutionListener.EVENTNAME_START,
        new DeadlineListeners.TimerFired(code, registry::periodCompleted));
    governed.addBuiltInListener(ExecutionListener.EVENTNAME_END,
        new DeadlineListeners.ActivityEnded(code, registry::endedEarly));
  }

  private static Optional<String> property(Element element, String name) {
    Element extensions = element.element("extensionElements");
    if (extensions == null) {
      return Optional.empty();
    }
    Element properties = extensions.elementNS(CAMUNDA, "properties");
    if (properties == null) {
      return Optional.empty();
    }
    return properties.elementsNS(CAMUNDA, "property").stream()
        .filter(p -> name.equals(p.attribute("name")))
        .map(p -> p.attribute("value"))
        .findFirst();
  }
}
