package tw.childprotection.flow.demo;

import static java.util.Map.entry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import tw.childprotection.flow.activecare.ActiveCareCase;
import tw.childprotection.flow.activecare.intake.ReferralIntake;
import tw.childprotection.flow.activecare.intake.ReferralRequest;
import tw.childprotection.flow.activecare.intake.ReferralSource;
import tw.childprotection.flow.agencies.activecare.SimulatedActiveCarePlatform;
import tw.childprotection.flow.deadlines.Deadlines;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.people.Groups;
import tw.childprotection.flow.protection.ChildProtectionCase;
import tw.childprotection.flow.protection.intake.ProtectionReportRequest;
import tw.childprotection.flow.protection.intake.ReportIntake;

/**
 * Synthetic cases for a demo that opens alive: reports and referrals sent in through the intakes the API
 * uses ({@link ReportIntake}, {@link ReferralIntake}), spread over the last months across counties,
 * categories and stages, each lived up to today ({@link CaseTimeline}) — most deadlines met, some
 * breached, many cases closed — plus one agency outage left as an incident, and open tasks handed to
 * the demo users. Made-up people only ({@link SyntheticPeople}). The islands (PEN, KIN, LIE) get none.
 */
@Service
public class DemoCases {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);
  private static final String SEEDED_BY = "admin";
  static final int HISTORY_DAYS = 150;

  /** Where the cases are, by weight: the demo people's counties most. */
  private static final List<Map.Entry<County, Integer>> COUNTIES = List.of(entry(County.TPE, 40),
      entry(County.KHH, 14), entry(County.NWT, 12), entry(County.TAO, 8), entry(County.TXG, 8), entry(County.TNN, 6),
      entry(County.HSZ, 3), entry(County.CHA, 3), entry(County.PIF, 3), entry(County.HUA, 3));

  /** The demo user of a county who takes a group's tasks there (CONTRACT §2). */
  private static final Map<String, String> WORKERS = Map.ofEntries(
      entry("TPE/" + Groups.SOCIAL_WORKER, "social.tpe"), entry("TPE/" + Groups.SOCIAL_SUPERVISOR, "supervisor.tpe"),
      entry("TPE/" + Groups.HEALTH, "health.tpe"), entry("TPE/" + Groups.HOUSEHOLD_REGISTRATION, "household.tpe"),
      entry("TPE/" + Groups.POLICE, "police.tpe"), entry("TPE/" + Groups.DISTRICT_OFFICE, "district.tpe"),
      entry("TPE/" + Groups.EDUCATION, "education.tpe"), entry("KHH/" + Groups.SOCIAL_WORKER, "social.khh"));

  public record Seeded(List<String> caseIds, int protection, int activeCare, int failed) {

    public int cases() {
      return caseIds.size();
    }
  }

  private final ReportIntake reports;
  private final ReferralIntake referrals;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final ObjectProvider<SimulatedActiveCarePlatform> platform;

  DemoCases(ReportIntake reports, ReferralIntake referrals, RuntimeService runtime, TaskService tasks,
      ManagementService management, ObjectProvider<SimulatedActiveCarePlatform> platform) {
    this.reports = reports;
    this.referrals = referrals;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.platform = platform;
  }

  /** {@code count} cases started over the last {@value #HISTORY_DAYS} days before {@code end}. */
  public Seeded seed(int count, long randomSeed, Instant end) {
    Random random = new Random(randomSeed);
    SyntheticPeople people = new SyntheticPeople(random);
    CaseTimeline timeline = new CaseTimeline(runtime, tasks, management, random, end);
    List<Instant> starts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      starts.add(end.minus(Duration.ofMinutes(60 + random.nextInt(HISTORY_DAYS * 24 * 60))));
    }
    starts.sort(Comparator.naturalOrder());
    List<String> caseIds = new ArrayList<>();
    int protection = 0;
    int activeCare = 0;
    int failed = 0;
    try {
      for (Instant start : starts) {
        CaseTimeline.at(start);
        County county = county(random);
        try {
          if (random.nextInt(100) < 60) {
            caseIds.add(protection(people, random, timeline, county, start));
            protection++;
          } else {
            caseIds.add(activeCare(people, random, timeline, county, start));
            activeCare++;
          }
        } catch (RuntimeException e) {
          failed++; // a model the plan does not fit any more: that case stops where it is
          LOG.warn("Demo case not completed as planned ({})", e.getClass().getSimpleName());
        }
      }
      CaseTimeline.at(end.minus(Duration.ofMinutes(30)));
      caseIds.add(agencyOutage(people, timeline));
      handOutTasks(random);
    } finally {
      ClockUtil.reset();
    }
    caseIds.removeIf(Objects::isNull);
    return new Seeded(List.copyOf(caseIds), protection, activeCare, failed);
  }

  private String protection(SyntheticPeople people, Random random, CaseTimeline timeline, County county,
      Instant receivedAt) {
    int hoursKnown = random.nextInt(100) < 8 ? 25 + random.nextInt(20) : 1 + random.nextInt(10);
    char sex = random.nextBoolean() ? '1' : '2';
    List<Integer> items = List.of(3 + random.nextInt(4));
    String profession = List.of("MEDICAL", "EDUCATION", "SOCIAL_WORK", "CHILDCARE", "VILLAGE_OFFICER")
        .get(random.nextInt(5));
    ProtectionReportRequest request = new ProtectionReportRequest(
        new ProtectionReportRequest.Reporter("MANDATED", profession, people.adultName(), "示範通報單位"),
        receivedAt.minus(Duration.ofHours(hoursKnown)).atZone(Deadlines.TAIWAN).toOffsetDateTime().toString(),
        false, false, items, REASONS.get(items.get(0)),
        new ProtectionReportRequest.Child(people.nationalId(sex), people.childName(),
            birthDate(receivedAt, 1 + random.nextInt(16), random).toString(), sex == '1' ? "M" : "F"),
        new ProtectionReportRequest.Location(county.code(), county.nameZh() + "示範路" + (1 + random.nextInt(300)) + "號"),
        county.code(), null, null);
    String caseId = reports.receive(request, SEEDED_BY).caseId();
    timeline.runJobs();
    boolean opened = random.nextInt(100) < 30;
    Map<String, Map<String, Object>> answers = Map.of(
        // Art. 5 para 2 answered explicitly: these reports are not cases the police seized
        ChildProtectionCase.DISPATCH, Map.of(ChildProtectionCase.VAR_POLICE_DISCOVERED, false,
            "assignedUnits", "SOCIAL", "visitMode", "FACE_TO_FACE"),
        ChildProtectionCase.WRITTEN_REPORT, Map.of("writtenReportChannel", "ONLINE"),
        ChildProtectionCase.POLICE_JOINT_INVESTIGATION, Map.of("policeFindings", "CONFIRMED"),
        ChildProtectionCase.SAFETY_ASSESSMENT, Map.of(ChildProtectionCase.VAR_PROTECTION_DECISION,
            opened ? "OPEN" : "NOT_OPEN"),
        ChildProtectionCase.CLOSURE_REVIEW, Map.of(ChildProtectionCase.VAR_CLOSURE_APPROVED, true));
    timeline.live(caseId, answers, 1 + random.nextInt(4), 0.12);
    return caseId;
  }

  private String activeCare(SyntheticPeople people, Random random, CaseTimeline timeline, County county,
      Instant receivedAt) {
    ReferralSource source = ReferralSource.values()[random.nextInt(ReferralSource.values().length)];
    char sex = random.nextBoolean() ? '1' : '2';
    int maxAge = source == ReferralSource.BIRTH_REGISTRATION ? 1 : 5;
    ReferralRequest request = new ReferralRequest(source.name(),
        new ReferralRequest.Child(people.nationalId(sex), people.childName(),
            birthDate(receivedAt, random.nextInt(maxAge + 1), random).toString(), sex == '1' ? "M" : "F"),
        county.code(), county.nameZh() + "示範里示範路" + (1 + random.nextInt(300)) + "號",
        List.of(new ReferralRequest.Guardian(people.nationalId('2'), people.adultName(), "MOTHER", "0912345678")),
        Map.of());
    String caseId = referrals.receive(request, new ReferralIntake.Referrer(SEEDED_BY, List.of(), true)).caseId();
    timeline.runJobs();
    boolean whereaboutsUnknown = random.nextInt(100) < 45;
    String screening = whereaboutsUnknown ? "WHEREABOUTS_UNKNOWN" : "WELL";
    Map<String, Map<String, Object>> answers = Map.ofEntries(
        entry(ActiveCareCase.BIRTH_REGISTRATION_VISIT, Map.of(ActiveCareCase.VAR_SCREENING_OUTCOME, screening)),
        entry(ActiveCareCase.POLICE_VISIT, Map.of("policeFinding", "NOT_FOUND")),
        entry(ActiveCareCase.DISTRICT_FOLLOW_UP, Map.of("districtFinding", "NOT_FOUND")),
        entry(ActiveCareCase.REVIEW_LETTER_REPLIES,
            Map.of(ActiveCareCase.VAR_SCREENING_OUTCOME, "WHEREABOUTS_UNKNOWN")),
        entry(ActiveCareCase.RELOCATION_VISIT, Map.of(ActiveCareCase.VAR_SCREENING_OUTCOME, screening)),
        entry(ActiveCareCase.POPULATION_CHECK, Map.of(ActiveCareCase.VAR_SCREENING_OUTCOME, "WHEREABOUTS_UNKNOWN")),
        entry(ActiveCareCase.VACCINATION_REMINDER, Map.of(ActiveCareCase.VAR_CONTACT_TYPE, "TWO_WAY",
            ActiveCareCase.VAR_VACCINATED, true)),
        entry(ActiveCareCase.INSURANCE_ENROLMENT_HELP, Map.of("enrolled", "YES")),
        entry(ActiveCareCase.SOCIAL_VISIT, Map.of(ActiveCareCase.VAR_VISIT_OUTCOME, "WELL")),
        entry(ActiveCareCase.VISIT_REPORT, Map.of()),
        entry(ActiveCareCase.CLOSURE_REVIEW, Map.of(ActiveCareCase.VAR_CLOSURE_APPROVED, true)));
    timeline.live(caseId, answers, 1 + random.nextInt(7), 0.15);
    return caseId;
  }

  /**
   * One referral whose listing on the SFAA platform fails until its retries run out: the incident an
   * operator sees in Cockpit (and retries there once the platform is back).
   */
  private String agencyOutage(SyntheticPeople people, CaseTimeline timeline) {
    SimulatedActiveCarePlatform simulated = platform.getIfAvailable();
    if (simulated == null) {
      return null;
    }
    Instant now = CaseTimeline.now();
    simulated.failNext(5);
    ReferralRequest request = new ReferralRequest(ReferralSource.LOW_INCOME_DISABLED_PARENT.name(),
        new ReferralRequest.Child(people.nationalId('1'), people.childName(),
            LocalDate.ofInstant(now, Deadlines.TAIWAN).minusYears(3).toString(), "M"),
        County.TPE.code(), "臺北市示範里示範路1號", List.of(), Map.of());
    ReferralIntake.Result referral = referrals.receive(request,
        new ReferralIntake.Referrer(SEEDED_BY, List.of(), true));
    timeline.runJobs();
    timeline.exhaustRetries(referral.processInstanceId());
    simulated.reset();
    return referral.caseId();
  }

  /** About half the open tasks of the demo people's counties are taken by them (the rest wait in 群組任務). */
  private void handOutTasks(Random random) {
    for (Task task : tasks.createTaskQuery().tenantIdIn("TPE", "KHH").taskUnassigned().list()) {
      String group = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).findFirst().orElse(null);
      String worker = WORKERS.get(task.getTenantId() + "/" + group);
      if (worker != null && random.nextBoolean()) {
        tasks.setAssignee(task.getId(), worker);
      }
    }
  }

  private static LocalDate birthDate(Instant at, int years, Random random) {
    return LocalDate.ofInstant(at, Deadlines.TAIWAN).minusYears(years).minusDays(30 + random.nextInt(300));
  }

  private static County county(Random random) {
    int total = COUNTIES.stream().mapToInt(Map.Entry::getValue).sum();
    int roll = random.nextInt(total);
    for (Map.Entry<County, Integer> county : COUNTIES) {
      roll -= county.getValue();
      if (roll < 0) {
        return county.getKey();
      }
    }
    return County.TPE;
  }

  private static final Map<Integer, String> REASONS = Map.of(
      3, "學校發現兒童身上多處瘀傷，疑似遭受身體虐待（示範資料）",
      4, "鄰居反映兒童經常獨自在家、衣著不潔，疑似疏忽照顧（示範資料）",
      5, "兒童表示遭家人以言語羞辱恐嚇，疑似精神虐待（示範資料）",
      6, "醫院發現兒童有不明原因之傷勢，疑似受到傷害（示範資料）");
}
