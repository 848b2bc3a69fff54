package tw.childprotection.flow.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import tw.childprotection.flow.protection.intake.ProtectionReportRequest;
import tw.childprotection.flow.protection.intake.ReportIntake;

/**
 * The dependency rules of docs/architecture.md and ADR 0001, checked on the compiled main classes
 * (tests may reach anywhere). A rule that fails names each offending class and the dependency.
 */
@AnalyzeClasses(packages = "tw.childprotection.flow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String ROOT = "tw.childprotection.flow";
  static final String PROTECTION = ROOT + ".protection..";
  static final String ACTIVE_CARE = ROOT + ".activecare..";
  /** What the process areas build on (architecture.md, "Code layout"). */
  static final String[] FOUNDATIONS = {ROOT + ".cases..", ROOT + ".deadlines..", ROOT + ".agencies..",
      ROOT + ".people..", ROOT + ".security..", ROOT + ".validation.."};
  static final String ENGINE = "org.camunda.bpm.engine..";
  /** What a protection report is filed with: the request and the intake, with their nested types. */
  static final DescribedPredicate<JavaClass> THE_REPORT_DOOR = DescribedPredicate.describe(
      "the protection report intake (ReportIntake, ProtectionReportRequest)",
      c -> Stream.of(ReportIntake.class, ProtectionReportRequest.class).anyMatch(door ->
          c.getName().equals(door.getName()) || c.getName().startsWith(door.getName() + "$")));

  /** Process areas depend on the foundations, never the reverse. */
  @ArchTest
  static final ArchRule foundationsNeverDependOnAProcessArea = noClasses()
      .that().resideInAnyPackage(FOUNDATIONS)
      .should().dependOnClassesThat().resideInAnyPackage(PROTECTION, ACTIVE_CARE)
      .because("cases, deadlines, agencies, people, security and validation serve every process area"
          + " (docs/architecture.md, Code layout)");

  /** The regulation's process stands on its own; it is never told about active care. */
  @ArchTest
  static final ArchRule protectionNeverDependsOnActiveCare = noClasses()
      .that().resideInAPackage(PROTECTION)
      .should().dependOnClassesThat().resideInAPackage(ACTIVE_CARE)
      .because("protection cases arrive from any reporter; active care is only one of them");

  /**
   * The one documented crossing: a concern found during active care becomes a protection report through
   * {@code protection.intake}, the same door every reporter uses (docs/architecture.md): its request and
   * its intake, nothing else of the protection process.
   */
  @ArchTest
  static final ArchRule activeCareReachesProtectionOnlyThroughTheReportIntake = noClasses()
      .that().resideInAPackage(ACTIVE_CARE)
      .should().dependOnClassesThat(resideInAPackage(PROTECTION).and(not(THE_REPORT_DOOR)))
      .because("active care files a protection report through protection.intake (docs/architecture.md)");

  /** ADR 0001: engine API stays out of agency adapters, so a move to Operaton or CIB seven is a swap. */
  @ArchTest
  static final ArchRule noEngineApiInAgencies = noClasses()
      .that().resideInAPackage(ROOT + ".agencies..")
      .should().dependOnClassesThat().resideInAPackage(ENGINE)
      .because("ADR 0001 keeps engine calls out of the adapters");

  /** ADR 0001: input checks answer the same whichever engine runs the cases. */
  @ArchTest
  static final ArchRule noEngineApiInValidation = noClasses()
      .that().resideInAPackage(ROOT + ".validation..")
      .should().dependOnClassesThat().resideInAPackage(ENGINE)
      .because("ADR 0001 keeps engine calls out of validation (engine-specific answers live in security)");

  /** ADR 0001 and 0005: the working-day calendar is plain data and arithmetic. */
  @ArchTest
  static final ArchRule noEngineApiInTheCalendar = noClasses()
      .that().resideInAPackage(ROOT + ".deadlines").and().haveSimpleNameContaining("Calendar")
      .should().dependOnClassesThat().resideInAPackage(ENGINE)
      .because("ADR 0001 keeps engine calls out of the calendar");

  /** The BPMN wires delegates as {@code ${beanName}}: the class name says what it is. */
  @ArchTest
  static final ArchRule delegatesAreNamedDelegate = classes()
      .that().implement(JavaDelegate.class)
      .should().haveSimpleNameEndingWith("Delegate")
      .because("service tasks call beans named after their delegate class");

  /** And the other way round: a class called a delegate is one the engine can call. */
  @ArchTest
  static final ArchRule onlyDelegatesAreNamedDelegate = classes()
      .that().haveSimpleNameEndingWith("Delegate").and().areNotInterfaces()
      .should().implement(JavaDelegate.class)
      .because("a …Delegate name promises a JavaDelegate bean");
}
