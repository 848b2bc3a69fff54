package tw.childprotection.flow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tw.childprotection.flow.activecare.ActiveCareCase;
import tw.childprotection.flow.cases.CaseKind;
import tw.childprotection.flow.cases.CaseRetention;
import tw.childprotection.flow.cases.NationalProcesses;
import tw.childprotection.flow.people.StartableInTasklist;
import tw.childprotection.flow.protection.ChildProtectionCase;
import tw.childprotection.flow.support.ModelFiles;

/**
 * Ids that cannot rot: every constant of a class of ids names something in the models of its folder of
 * {@code processes/}, read reflectively and checked against the parsed models, so a renamed or deleted
 * element fails here rather than in a case. The constant's name says what it names:
 * <ul>
 *   <li>{@code VAR_…} a process variable (not an element: not checked here),</li>
 *   <li>{@code MSG_…} the name of a message,</li>
 *   <li>{@code DECISION} or {@code …_DECISION_KEY} the id of a DMN decision,</li>
 *   <li>any other {@code …KEY} the id of a process (its definition key),</li>
 *   <li>anything else the id of a flow element (task, event, gateway, sub-process, flow).</li>
 * </ul>
 * Every process key is one constant, written once as a literal in the Java sources (main and test).
 */
class DiagramIdsTest {

  /** Each class of ids, with the folder of processes/ whose models it names. */
  static final Map<String, String> ID_CLASSES = idClasses();
  /** Every diagram and decision under processes/, parsed once (parsing validates against the schema). */
  static final Map<Path, BpmnModelInstance> DIAGRAMS = ModelFiles.bpmn().stream()
      .collect(Collectors.toMap(f -> f, f -> Bpmn.readModelFromFile(f.toFile()), (a, b) -> a, LinkedHashMap::new));
  static final Map<Path, DmnModelInstance> DECISIONS = ModelFiles.dmn().stream()
      .collect(Collectors.toMap(f -> f, f -> Dmn.readModelFromFile(f.toFile()), (a, b) -> a, LinkedHashMap::new));

  private static Map<String, String> idClasses() {
    Map<String, String> classes = new LinkedHashMap<>();
    classes.put(ChildProtectionCase.class.getName(), "protection");
    classes.put(StartableInTasklist.class.getName(), "protection");
    classes.put("tw.childprotection.flow.protection.intake.Jurisdiction", "protection");
    classes.put(ActiveCareCase.class.getName(), "active-care");
    classes.put(NationalProcesses.class.getName(), "active-care");
    classes.put(CaseRetention.class.getName(), "cases");
    classes.put("tw.childprotection.flow.activecare.intake.ReferralEligibility", "active-care");
    return classes;
  }

  record IdConstant(String owner, String name, String value, String folder) {

    String kind() {
      if (name.startsWith("MSG_")) {
        return "message";
      }
      if (name.equals("DECISION") || name.endsWith("_DECISION_KEY")) {
        return "decision";
      }
      if (name.endsWith("KEY")) {
        return "process";
      }
      return "flow element";
    }

    @Override
    public String toString() {
      return owner.substring(owner.lastIndexOf('.') + 1) + "." + name + " = \"" + value + "\"";
    }
  }

  /** What the models of one folder of processes/ define, by kind. */
  record Names(Map<String, Set<String>> byKind) {

    static Names of(String folder) {
      Map<String, Set<String>> byKind = new LinkedHashMap<>();
      for (String kind : List.of("message", "process", "decision", "flow element")) {
        byKind.put(kind, new HashSet<>());
      }
      DIAGRAMS.forEach((file, model) -> {
        if (inFolder(file, folder)) {
          model.getModelElementsByType(Message.class).forEach(m -> byKind.get("message").add(m.getName()));
          model.getModelElementsByType(Process.class).forEach(p -> byKind.get("process").add(p.getId()));
          model.getModelElementsByType(FlowElement.class).forEach(e -> byKind.get("flow element").add(e.getId()));
        }
      });
      DECISIONS.forEach((file, model) -> {
        if (inFolder(file, folder)) {
          model.getModelElementsByType(Decision.class).forEach(d -> byKind.get("decision").add(d.getId()));
        }
      });
      return new Names(byKind);
    }

    boolean defines(IdConstant constant) {
      return byKind.get(constant.kind()).contains(constant.value());
    }

    private static boolean inFolder(Path file, String folder) {
      return ModelFiles.PROCESSES.resolve(folder).equals(file.getParent());
    }
  }

  static Stream<String> idClassNames() {
    return ID_CLASSES.keySet().stream();
  }

  @ParameterizedTest(name = "every id of {0} names an element of its diagrams")
  @MethodSource("idClassNames")
  void everyIdConstantNamesAnElementOfItsDiagrams(String className) {
    List<IdConstant> ids = constantsOf(className).stream().filter(c -> !c.name().startsWith("VAR_")).toList();
    assertThat(ids).as("ids in %s", className).isNotEmpty();
    Names names = Names.of(ID_CLASSES.get(className));

    List<String> rotten = ids.stream().filter(id -> !names.defines(id))
        .map(id -> id + " names no " + id.kind() + " in processes/" + id.folder()).toList();

    assertThat(rotten).as("constants that no longer name an element of their diagrams").isEmpty();
  }

  /**
   * A class outside the list that holds an id of the models would escape the checks above: every main
   * class is read, and one with a constant equal to a process, decision, message or flow element id must
   * be listed in {@link #ID_CLASSES}.
   */
  @Test
  void everyClassHoldingModelIdsIsCheckedHere() {
    Set<String> modelIds = new HashSet<>();
    for (String folder : Set.copyOf(ID_CLASSES.values())) {
      Names.of(folder).byKind().values().forEach(modelIds::addAll);
    }
    List<String> unlisted = new ArrayList<>();
    for (String type : mainClasses()) {
      if (ID_CLASSES.containsKey(type)) {
        continue;
      }
      for (IdConstant constant : stringConstants(type, null)) {
        if (!constant.name().startsWith("VAR_") && modelIds.contains(constant.value())) {
          unlisted.add(constant.toString());
        }
      }
    }

    assertThat(unlisted).as("model ids held outside the id classes: move them there or list the class")
        .isEmpty();
  }

  @Test
  void everyProcessHasExactlyOneKeyConstant() {
    Map<String, List<IdConstant>> keys = ID_CLASSES.keySet().stream().flatMap(c -> constantsOf(c).stream())
        .filter(c -> c.kind().equals("process")).collect(Collectors.groupingBy(IdConstant::value));

    Map<String, List<IdConstant>> notOne = new LinkedHashMap<>();
    for (String process : deployedProcessKeys()) {
      List<IdConstant> constants = keys.getOrDefault(process, List.of());
      if (constants.size() != 1) {
        notOne.put(process, constants);
      }
    }

    assertThat(notOne).as("processes without exactly one key constant (in %s)", ID_CLASSES.keySet()).isEmpty();
  }

  @Test
  void everyCaseKindStartsADeployedProcess() {
    for (CaseKind kind : CaseKind.values()) {
      assertThat(deployedProcessKeys()).as("process of %s", kind).contains(kind.processKey());
    }
  }

  @Test
  void everyProcessKeyIsWrittenOnceInTheJavaSources() {
    Map<Path, String> sources = javaSources();
    Map<String, List<Path>> moreThanOnce = new LinkedHashMap<>();
    for (String process : deployedProcessKeys()) {
      String literal = "\"" + process + "\"";
      List<Path> writers = new ArrayList<>();
      sources.forEach((file, text) -> {
        for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
          writers.add(file);
        }
      });
      if (writers.size() > 1) {
        moreThanOnce.put(process, writers);
      }
    }

    assertThat(moreThanOnce).as("process keys written as a literal more than once: name the constant instead")
        .isEmpty();
  }

  /** The keys of every executable process under processes/. */
  static Set<String> deployedProcessKeys() {
    Set<String> keys = new HashSet<>();
    DIAGRAMS.values().forEach(model -> model.getModelElementsByType(Process.class).stream()
        .filter(Process::isExecutable).forEach(p -> keys.add(p.getId())));
    assertThat(keys).as("executable processes under processes/").isNotEmpty();
    return keys;
  }

  /** Every static final String of an id class, whatever its visibility, read as the running code sees it. */
  static List<IdConstant> constantsOf(String className) {
    return stringConstants(className, ID_CLASSES.get(className));
  }

  private static List<IdConstant> stringConstants(String className, String folder) {
    try {
      Class<?> type = Class.forName(className);
      List<IdConstant> constants = new ArrayList<>();
      for (Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
          field.setAccessible(true);
          constants.add(new IdConstant(className, field.getName(), (String) field.get(null), folder));
        }
      }
      return constants;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot read the ids of " + className, e);
    }
  }

  /** The names of every compiled main class, read from where the id classes were compiled to. */
  private static List<String> mainClasses() {
    try {
      Path root = Path.of(ChildProtectionCase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      try (Stream<Path> files = Files.walk(root)) {
        return files.filter(f -> f.toString().endsWith(".class")).map(f -> root.relativize(f).toString())
            .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
            .sorted().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<Path, String> javaSources() {
    Map<Path, String> sources = new LinkedHashMap<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          sources.put(file, Files.readString(file, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(sources).as("Java sources").isNotEmpty();
    return sources;
  }
}
