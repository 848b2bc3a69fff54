package tw.childprotection.flow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import tw.childprotection.flow.activecare.ActiveCareCase;
import tw.childprotection.flow.activecare.intake.ReferralIntake;
import tw.childprotection.flow.activecare.intake.ReferralRequest;
import tw.childprotection.flow.activecare.intake.ReferralSource;
import tw.childprotection.flow.agencies.SimulatedAgency;
import tw.childprotection.flow.agencies.protectioninfo.SimulatedProtectionInformationSystem;
import tw.childprotection.flow.deadlines.Deadlines;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.protection.ChildProtectionCase;
import tw.childprotection.flow.protection.intake.ProtectionReportRequest;
import tw.childprotection.flow.protection.intake.ReportIntake;
import tw.childprotection.flow.support.NationalIds;
import tw.childprotection.flow.support.PostgresPlatformTest;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.TaskForm;

/**
 * A national year, simulated (issue 15 item 4): a year of protection reports and active-care referrals in the
 * proportions docs/benchmarks.md gives, sent in through the intakes the API uses ({@link ReportIntake},
 * {@link ReferralIntake}), lived on the engine's clock ({@link ClockUtil}) in steps — each step the due jobs run
 * (timers, agency calls to the in-process simulators) as the job executor would, in parallel threads, one
 * process instance per thread at a time; the people complete their tasks with the answers of {@link YearAnswers},
 * each submission filled and checked against its deployed form, most in time and a share late on purpose — and
 * after the year until every case has closed (or the tail runs out). The job executor is off: this class runs the
 * due jobs itself, so a step ends only when nothing due is left.
 *
 * <p>Nothing of all the cases is held at once: reports are generated one by one from their index, the only state
 * kept is the agenda of open tasks (a time, a task id, a key) and counters. Prints wall time, peak heap, the
 * schema's size, the deadline registry's MET/BREACHED per code and the incidents; the table goes to
 * {@code target/bench-year-results.md}. Knobs: {@code bench.year.*} system properties (docs/benchmarks.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"demo", "bench"})
@ContextConfiguration(initializers = PostgresPlatformTest.Database.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalYearBenchmark {

  private static final double SCALE = Double.parseDouble(System.getProperty("bench.year.scale", "1.0"));
  /** Protection reports of the year (MOHW: about 60 000 in 2017 to 74 000 in 2019). */
  private static final int REPORTS = Integer.getInteger("bench.year.reports", (int) Math.round(74_000 * SCALE));
  /** Days over which the year's reports and referrals arrive. */
  private static final int DAYS = Integer.getInteger("bench.year.days", 365);
  /** Days after the intake period the cases are lived on, at most, until all have closed. */
  private static final int TAIL_DAYS = Integer.getInteger("bench.year.tailDays", 1100);
  private static final int STEP_MINUTES = Integer.getInteger("bench.year.stepMinutes", 120);
  private static final int TAIL_STEP_MINUTES = Integer.getInteger("bench.year.tailStepMinutes", 360);
  private static final int THREADS = Integer.getInteger("bench.year.threads", 3);
  /** Share of the people's tasks done after their due date (so breaches are there to count). */
  private static final double LATE = Double.parseDouble(System.getProperty("bench.year.late", "0.05"));
  /** Hours the protection information system is down, on each of two days of the intake period. */
  private static final int OUTAGE_HOURS = Integer.getInteger("bench.year.outageHours", 12);
  /** Stop after this much wall time (0: never) and report the rate instead of the whole year. */
  private static final int MAX_WALL_MINUTES = Integer.getInteger("bench.year.maxWallMinutes", 0);
  /** Simulated days between two progress lines (each after a GC: the live heap). */
  private static final int PROGRESS_DAYS = Integer.getInteger("bench.year.progressDays", 30);
  private static final long SEED = Long.getLong("bench.year.seed", 20261202L);
  /**
   * Share of categories A–D that reach social affairs as a line of the agency's scheduled transmission (children it
   * screened and could not find, 行方不明) instead of a single referral: MOI and the NHIA on the 10th and 25th,
   * the CDC every day. An assumption; a day with no line still sends its (empty) transmission.
   */
  private static final double TRANSMITTED = Double.parseDouble(System.getProperty("bench.year.transmitted", "0.2"));

  /** Active-care referrals a year by category, before {@link #SCALE}; docs/benchmarks.md says which are figures. */
  private static final Map<ReferralSource, Integer> REFERRALS_PER_YEAR = new LinkedHashMap<>(Map.of(
      ReferralSource.BIRTH_REGISTRATION, Integer.getInteger("bench.year.birthRegistrations", 2_000),
      ReferralSource.HOUSEHOLD_RELOCATION, Integer.getInteger("bench.year.relocations", 1_000),
      ReferralSource.OVERDUE_VACCINATION, Integer.getInteger("bench.year.vaccinations", 3_000),
      ReferralSource.NHI_UNINSURED, Integer.getInteger("bench.year.uninsured", 1_000),
      ReferralSource.LOW_INCOME_DISABLED_PARENT, Integer.getInteger("bench.year.lowIncomeDisabled", 2_000)));

  /** Where children live, by population in 10 000s (2024, rounded): reports and referrals follow it. */
  private static final Map<County, Integer> POPULATION = new LinkedHashMap<>();

  static {
    int[] tenThousands = {247, 404, 233, 285, 185, 272, 36, 46, 26, 59, 53, 121, 47, 66, 48, 79, 45, 32, 21, 11, 14,
        1};
    County[] counties = County.values();
    for (int i = 0; i < counties.length; i++) {
      POPULATION.put(counties[i], tenThousands[i]);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long HOUR = 3_600_000L;

  @Autowired ProcessEngine engine;
  @Autowired ReportIntake reportIntake;
  @Autowired ReferralIntake referralIntake;
  @Autowired DataSource dataSource;
  @Autowired ApplicationContext context;
  @org.springframework.boot.test.web.server.LocalServerPort int port;

  private RuntimeService runtime;
  private TaskService tasks;
  private ManagementService management;
  private final YearAnswers answers = new YearAnswers(YearAnswers.Shares.fromProperties());
  private final Map<String, TaskForm> forms = new ConcurrentHashMap<>();
  private ExecutorService pool;
  /** Lines waiting for their agency's next scheduled transmission: referral indexes only. */
  private final Map<String, List<Integer>> waitingLines = new ConcurrentHashMap<>();
  private final LongAdder transmissionsSent = new LongAdder();
  private final LongAdder linesSent = new LongAdder();
  private LocalDate cdcSent;
  private LocalDate moiNhiaSent;

  // ---- what the run counts (small: counters, never the cases)
  private final Map<String, LongAdder> completedByKey = new ConcurrentHashMap<>();
  private final LongAdder late = new LongAdder();
  private final LongAdder gone = new LongAdder();
  private final LongAdder jobsRun = new LongAdder();
  private final LongAdder jobFailures = new LongAdder();
  private final LongAdder retriedByOperator = new LongAdder();
  private final Map<String, LongAdder> problems = new ConcurrentHashMap<>();
  private final Map<String, String> firstProblem = new ConcurrentHashMap<>();
  private final AtomicLong intakeNanos = new AtomicLong();
  private final AtomicLong taskNanos = new AtomicLong();
  private final AtomicLong jobNanos = new AtomicLong();
  private final AtomicLong scanNanos = new AtomicLong();
  private final AtomicInteger serial = new AtomicInteger();
  private long peakHeapUsed;
  private long peakLiveHeap;
  private int reportsIn;
  private int referralsIn;
  private final List<String[]> rows = new ArrayList<>();
  private final StringBuilder progress = new StringBuilder();
  /** Work that lost a race with another thread on the same case: done again in the next step. */
  private final java.util.Queue<Work> again = new java.util.concurrent.ConcurrentLinkedQueue<>();

  /** A task a person will do at {@code at}. */
  private record Work(long at, String taskId, String processInstanceId, String key, String county, boolean late) {
  }

  /** The database's upkeep as production's PostgreSQL does it, where this machine's does not. */
  private AutovacuumStandIn autovacuum;

  @AfterAll
  void cleanUp() {
    ClockUtil.reset();
    if (autovacuum != null) {
      autovacuum.close();
    }
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  @Test
  void aNationalYearLivedOnTheEnginesClock() throws Exception {
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
    pool = Executors.newFixedThreadPool(THREADS);
    autovacuum = AutovacuumStandIn.start(dataSource);
    Collection<SimulatedAgency> simulators = context.getBeansOfType(SimulatedAgency.class).values();
    SimulatedProtectionInformationSystem protectionInfo = context.getBean(SimulatedProtectionInformationSystem.class);

    int referralsPlanned = REFERRALS_PER_YEAR.values().stream().mapToInt(n -> (int) Math.round(n * SCALE)).sum();
    // the year starts at the next midnight in Taiwan after the engine's jobs were scheduled (real time)
    Instant start = LocalDate.now(Deadlines.TAIWAN).plusDays(1).atStartOfDay(Deadlines.TAIWAN).toInstant();
    long t0 = start.toEpochMilli();
    long intakeEnd = t0 + DAYS * 24 * HOUR;
    long horizon = intakeEnd + TAIL_DAYS * 24 * HOUR;
    long[] outageStarts = {t0 + (DAYS / 3) * 24 * HOUR + 9 * HOUR, t0 + (2 * DAYS / 3) * 24 * HOUR + 9 * HOUR};
    List<ReferralSource> referralKinds = referralKinds();

    PriorityQueue<Work> agenda = new PriorityQueue<>(Comparator.comparingLong(Work::at));
    long wallStart = System.nanoTime();
    long previous = t0 - 1;
    long now = t0;
    long nextDay = t0;
    long nextMonth = t0;
    boolean stoppedEarly = false;
    print("[year] " + REPORTS + " reports, " + referralsPlanned + " referrals over " + DAYS + " days from " + start
        + ", threads " + THREADS + ", late share " + LATE + ", heap max " + mib(Runtime.getRuntime().maxMemory()));
    while (now <= horizon) {
      ClockUtil.setCurrentTime(new Date(now));
      boolean down = OUTAGE_HOURS > 0 && (inOutage(now, outageStarts[0]) || inOutage(now, outageStarts[1]));
      protectionInfo.failNext(down ? Integer.MAX_VALUE : 0);

      // 1. what arrives in this step: reports and referrals, through the intakes the API uses
      long stepNow = now;
      List<Runnable> intake = new ArrayList<>();
      while (reportsIn < REPORTS && arrival(reportsIn, REPORTS, t0, intakeEnd) <= now) {
        int index = reportsIn++;
        intake.add(() -> report(index, stepNow));
      }
      while (referralsIn < referralsPlanned && arrival(referralsIn, referralsPlanned, t0, intakeEnd) <= now) {
        int index = referralsIn++;
        ReferralSource source = referralKinds.get(index);
        String agency = transmittingAgency(source);
        if (agency != null && new SplittableRandom(SEED * 41 + index).nextDouble() < TRANSMITTED) {
          waitingLines.computeIfAbsent(agency, a -> new ArrayList<>()).add(index);
        } else {
          intake.add(() -> referral(index, source, stepNow));
        }
      }
      // the agencies' scheduled transmissions (the CDC at 08:00 every day, MOI and the NHIA at 10:00 on the 10th
      // and 25th), sent over the API as the agencies send them
      OffsetDateTime taiwan = Instant.ofEpochMilli(now).atOffset(ZoneOffset.ofHours(8));
      LocalDate today = taiwan.toLocalDate();
      if (taiwan.getHour() >= 8 && !today.equals(cdcSent)) {
        cdcSent = today;
        intake.add(() -> transmit("cdc", referralKinds, stepNow));
      }
      if (taiwan.getHour() >= 10 && (taiwan.getDayOfMonth() == 10 || taiwan.getDayOfMonth() == 25)
          && !today.equals(moiNhiaSent)) {
        moiNhiaSent = today;
        intake.add(() -> transmit("moi", referralKinds, stepNow));
        intake.add(() -> transmit("nhia", referralKinds, stepNow));
      }
      timed(intakeNanos, () -> inParallel(intake, null));

      // 2. the people's work due by now, 3. the jobs due now (timers, the agency calls intake and work started)
      List<Work> due = new ArrayList<>();
      while (!agenda.isEmpty() && agenda.peek().at() <= now) {
        due.add(agenda.poll());
      }
      timed(taskNanos, () -> inParallel(due.stream().map(w -> (Runnable) () -> work(w, stepNow)).toList(),
          due.stream().map(Work::processInstanceId).toList()));
      timed(jobNanos, this::drainJobs);

      // 5. the tasks that appeared in this step go on the agenda, each with the moment it will be done
      long since = previous;
      timed(scanNanos, () -> schedule(agenda, since, stepNow));
      for (Work retry; (retry = again.poll()) != null; ) {
        agenda.add(retry);
      }
      previous = now;
      peakHeapUsed = Math.max(peakHeapUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());

      if (now >= nextDay) {
        while (nextDay <= now) {
          nextDay += 24 * HOUR;
        }
        // the operator retries in Cockpit what ran out of retries (the outage's incidents), once the system is back
        if (!down) {
          for (Job failed : management.createJobQuery().noRetriesLeft().list()) {
            management.setJobRetries(failed.getId(), 1);
            retriedByOperator.increment();
          }
        }
        // the simulators remember every call (idempotency); a real agency keeps that in its own database
        simulators.forEach(SimulatedAgency::reset);
      }
      if (now >= nextMonth) {
        while (nextMonth <= now) {
          nextMonth += PROGRESS_DAYS * 24 * HOUR;
        }
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peakLiveHeap = Math.max(peakLiveHeap, live);
        print(String.format(Locale.ROOT, "[year] day %4d (%s): wall %6.1f s, %d reports, %d referrals in, "
                + "%d open tasks on the agenda, %d completed, %d jobs, heap live %s, peak %s, load %s; "
            + "intake %.0f s, tasks %.0f s, jobs %.0f s, scan %.0f s",
            (now - t0) / (24 * HOUR), Instant.ofEpochMilli(now).atOffset(ZoneOffset.ofHours(8)).toLocalDate(),
            seconds(wallStart), reportsIn, referralsIn, agenda.size(), completed(), jobsRun.sum(), mib(live),
            mib(peakHeapUsed), load(), intakeNanos.get() / 1e9, taskNanos.get() / 1e9, jobNanos.get() / 1e9,
            scanNanos.get() / 1e9));
      }
      if (MAX_WALL_MINUTES > 0 && System.nanoTime() - wallStart > MAX_WALL_MINUTES * 60_000_000_000L) {
        stoppedEarly = true;
        break;
      }
      if (now >= intakeEnd && agenda.isEmpty() && openCases() == 0) {
        break;
      }
      long step = (now < intakeEnd ? STEP_MINUTES : TAIL_STEP_MINUTES) * 60_000L;
      long next = nextEvent(agenda, referralsPlanned, t0, intakeEnd);
      // nothing due for a while (the tail, a small run): on to the step of the next event
      now = next <= now + step ? now + step : now + (next - now + step - 1) / step * step;
    }
    double wall = seconds(wallStart);
    long simulatedDays = (now - t0) / (24 * HOUR);
    ClockUtil.reset();
    report(wall, simulatedDays, stoppedEarly, agenda.size(), referralsPlanned);

    assertThat(reportsIn).as("reports taken").isPositive();
    assertThat(completed()).as("tasks the people completed").isPositive();
    assertThat(problems.getOrDefault("form refused", new LongAdder()).sum())
        .as("submissions its deployed form refuses: " + firstProblem).isZero();
  }

  /** The earliest moment something is due: an arrival, a person's task, a case's job (engine-wide jobs wait). */
  private long nextEvent(PriorityQueue<Work> agenda, int referralsPlanned, long t0, long intakeEnd) {
    long next = Long.MAX_VALUE;
    if (reportsIn < REPORTS) {
      next = arrival(reportsIn, REPORTS, t0, intakeEnd);
    }
    if (referralsIn < referralsPlanned) {
      next = Math.min(next, arrival(referralsIn, referralsPlanned, t0, intakeEnd));
    }
    if (!agenda.isEmpty()) {
      next = Math.min(next, agenda.peek().at());
    }
    long now = ClockUtil.getCurrentTime().getTime();
    if (next <= now + STEP_MINUTES * 60_000L) {
      return next;
    }
    long[] job = {Long.MAX_VALUE};
    query("SELECT min(duedate_) FROM act_ru_job WHERE retries_ > 0 AND suspension_state_ = 1"
        + " AND process_instance_id_ IS NOT NULL", r -> {
          if (r.getTimestamp(1) != null) {
            job[0] = r.getTimestamp(1).getTime();
          }
        });
    return Math.min(next, job[0]);
  }

  private static boolean inOutage(long now, long outageStart) {
    return now >= outageStart && now < outageStart + OUTAGE_HOURS * HOUR;
  }

  /** Arrival of item {@code i} of {@code n}, spread evenly over the intake period. */
  private static long arrival(int i, int n, long from, long to) {
    return from + (long) ((i + 0.5) * (to - from) / n);
  }

  private static List<ReferralSource> referralKinds() {
    List<ReferralSource> kinds = new ArrayList<>();
    REFERRALS_PER_YEAR.forEach((source, n) -> {
      for (int i = 0; i < Math.round(n * SCALE); i++) {
        kinds.add(source);
      }
    });
    java.util.Collections.shuffle(kinds, new java.util.Random(SEED));
    return kinds; // one enum reference per referral of the year: the plan, not the cases
  }

  // ---- the intakes

  private void report(int index, long now) {
    SplittableRandom r = new SplittableRandom(SEED * 31 + index);
    County county = county(r);
    boolean mandated = r.nextDouble() < 0.9;
    long knownHours = mandated && r.nextDouble() < 0.05 ? 25 + r.nextInt(24) : 1 + r.nextInt(20);
    int item = r.nextDouble() < 0.04 ? 1 + r.nextInt(2) : 3 + r.nextInt(4);
    char sex = r.nextBoolean() ? '1' : '2';
    LocalDate born = LocalDate.ofInstant(Instant.ofEpochMilli(now), Deadlines.TAIWAN)
        .minusDays(30 + r.nextInt(17 * 365));
    String profession = mandated ? pick(r, "MEDICAL", "EDUCATION", "SOCIAL_WORK", "POLICE", "CHILDCARE",
        "VILLAGE_OFFICER") : null;
    ProtectionReportRequest request = new ProtectionReportRequest(
        new ProtectionReportRequest.Reporter(mandated ? "MANDATED" : "PUBLIC", profession, "模擬通報人",
            mandated ? "模擬通報單位" : null),
        Instant.ofEpochMilli(now - knownHours * HOUR).atOffset(ZoneOffset.ofHours(8)).toString(),
        r.nextDouble() < 0.05, mandated && r.nextDouble() < 0.03, List.of(item), "疑似兒少保護事件（模擬）",
        new ProtectionReportRequest.Child(NationalIds.valid('A', sex, serial.incrementAndGet()), "模擬兒童",
            born.toString(), sex == '1' ? "M" : "F"),
        new ProtectionReportRequest.Location(county.code(), county.nameZh() + "模擬路1號"), county.code(), null, null);
    try {
      reportIntake.receive(request, mandated ? "reporter." + county.code().toLowerCase(Locale.ROOT) : "hotline");
    } catch (RuntimeException e) {
      problem("intake refused", e);
    }
  }

  private void referral(int index, ReferralSource source, long now) {
    ReferralRequest request = referralRequest(index, source, now);
    County county = County.fromCode(request.registeredCounty()).orElseThrow();
    try {
      referralIntake.receive(request, new ReferralIntake.Referrer(referrer(source, county), List.of(county.code()),
          false));
    } catch (RuntimeException e) {
      problem("referral refused", e);
    }
  }

  private ReferralRequest referralRequest(int index, ReferralSource source, long now) {
    SplittableRandom r = new SplittableRandom(SEED * 37 + index);
    County county = county(r);
    char sex = r.nextBoolean() ? '1' : '2';
    LocalDate today = LocalDate.ofInstant(Instant.ofEpochMilli(now), Deadlines.TAIWAN);
    LocalDate born = source == ReferralSource.BIRTH_REGISTRATION ? today.minusDays(20 + r.nextInt(150))
        : today.minusDays(200 + r.nextInt(5 * 365 - 200));
    ReferralRequest request = new ReferralRequest(source.name(),
        new ReferralRequest.Child(NationalIds.valid('B', sex, serial.incrementAndGet()), "模擬幼兒", born.toString(),
            sex == '1' ? "M" : "F"),
        county.code(), county.nameZh() + "模擬里模擬路1號",
        List.of(new ReferralRequest.Guardian(NationalIds.valid('C', '2', serial.incrementAndGet()), "模擬家長",
            "MOTHER", "0912345678")), Map.of());
    return request;
  }

  private static String transmittingAgency(ReferralSource source) {
    return switch (source) {
      case BIRTH_REGISTRATION, HOUSEHOLD_RELOCATION -> "moi";
      case OVERDUE_VACCINATION -> "cdc";
      case NHI_UNINSURED -> "nhia";
      case LOW_INCOME_DISABLED_PARENT -> null;
    };
  }

  /** The agency's transmission of the lines waiting for it, as NDJSON over the API, announcing their number. */
  private void transmit(String agency, List<ReferralSource> kinds, long now) {
    List<Integer> lines;
    synchronized (waitingLines) {
      lines = waitingLines.getOrDefault(agency, List.of());
      waitingLines.remove(agency);
    }
    StringBuilder body = new StringBuilder();
    for (int index : lines) {
      try {
        body.append(JSON.writeValueAsString(referralRequest(index, kinds.get(index), now))).append('\n');
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    var answer = new tw.childprotection.flow.support.Http(port).post("/api/v1/active-care/referrals/batch?expected="
        + lines.size(), agency, "application/x-ndjson", body.toString());
    if (answer.statusCode() / 100 != 2) {
      problem("transmission refused (" + agency + ", " + answer.statusCode() + ")",
          new IllegalStateException(answer.body()));
    } else {
      transmissionsSent.increment();
      linesSent.add(lines.size());
    }
  }

  private static String referrer(ReferralSource source, County county) {
    String c = county.code().toLowerCase(Locale.ROOT);
    return switch (source) {
      case BIRTH_REGISTRATION, HOUSEHOLD_RELOCATION -> "household." + c;
      case OVERDUE_VACCINATION -> "health." + c;
      case NHI_UNINSURED -> "nhia";
      case LOW_INCOME_DISABLED_PARENT -> "social." + c;
    };
  }

  private static County county(SplittableRandom r) {
    int total = POPULATION.values().stream().mapToInt(Integer::intValue).sum();
    int roll = r.nextInt(total);
    for (Map.Entry<County, Integer> e : POPULATION.entrySet()) {
      roll -= e.getValue();
      if (roll < 0) {
        return e.getKey();
      }
    }
    return County.TPE;
  }

  private static String pick(SplittableRandom r, String... choices) {
    return choices[r.nextInt(choices.length)];
  }

  // ---- the jobs, as the job executor would run them

  /** Runs every job due now until none is left; one process instance's jobs in one thread, in order. */
  private void drainJobs() {
    for (int round = 0; round < 200; round++) {
      List<Job> due = management.createJobQuery().executable().active().listPage(0, 2_000);
      if (due.isEmpty()) {
        return;
      }
      int failedBefore = (int) jobFailures.sum();
      inParallel(due.stream().map(job -> (Runnable) () -> {
        try {
          management.executeJob(job.getId());
          jobsRun.increment();
        } catch (RuntimeException e) {
          jobFailures.increment(); // an outage (retried later, an incident at the end) or a lost race (run again)
        }
      }).toList(), due.stream().map(j -> j.getProcessInstanceId() == null ? j.getId() : j.getProcessInstanceId())
          .toList());
      if (jobFailures.sum() - failedBefore == due.size() && round > 20) {
        return; // only failing jobs left: their retries come in later steps
      }
    }
  }

  // ---- the people

  /** The tasks created since {@code since}, each put on the agenda at the moment its person will do it. */
  private void schedule(PriorityQueue<Work> agenda, long since, long now) {
    int first = 0;
    while (true) {
      List<Task> fresh = tasks.createTaskQuery().taskCreatedAfter(new Date(since)).orderByTaskCreateTime().asc()
          .orderByTaskId().asc().listPage(first, 2_000);
      for (Task task : fresh) {
        SplittableRandom r = random(task.getId());
        boolean isLate = r.nextDouble() < LATE;
        agenda.add(new Work(doneAt(task, r, isLate, now), task.getId(), task.getProcessInstanceId(),
            task.getTaskDefinitionKey(), task.getTenantId(), isLate));
      }
      if (fresh.size() < 2_000) {
        return;
      }
      first += fresh.size();
    }
  }

  private long doneAt(Task task, SplittableRandom r, boolean isLate, long now) {
    long created = task.getCreateTime().getTime();
    long step = STEP_MINUTES * 60_000L;
    if (task.getDueDate() == null) {
      long[] hours = YearAnswers.UNDATED_HOURS.apply(task.getTaskDefinitionKey());
      return Math.max(now + 1, created + (hours[0] + r.nextLong(hours[1] - hours[0] + 1)) * HOUR);
    }
    long due = task.getDueDate().getTime();
    if (isLate) {
      return Math.max(now + 1, due + HOUR + r.nextLong(71 * HOUR));
    }
    long window = due - created;
    long at = window > 60 * 24 * HOUR ? created + (long) (window * (0.5 + 0.45 * r.nextDouble()))
        : created + step + (long) (Math.max(0, window - 2 * step) * (0.1 + 0.7 * r.nextDouble()));
    return Math.max(now + 1, at);
  }

  private void work(Work work, long now) {
    SplittableRandom r = random(work.taskId());
    r.nextDouble(); // the draw that decided lateness
    if (!answers.knows(work.key())) {
      problem("task without an answer: " + work.key(), null);
      return;
    }
    Map<String, Object> answer = answers.answer(work.key(), r, Instant.ofEpochMilli(now), work.county(),
        name -> runtime.getVariable(work.processInstanceId(), name));
    try {
      Map<String, Object> variables = submission(work, answer, Instant.ofEpochMilli(now));
      if (variables == null) {
        return;
      }
      tasks.complete(work.taskId(), variables);
      completedByKey.computeIfAbsent(work.key(), k -> new LongAdder()).increment();
      if (work.late()) {
        late.increment();
      }
    } catch (org.camunda.bpm.engine.exception.NullValueException
             | org.camunda.bpm.engine.exception.NotFoundException e) {
      gone.increment(); // an interrupting timer or the case's end took the task away first
    } catch (org.camunda.bpm.engine.OptimisticLockingException e) {
      problem("lost race, done again in the next step", e);
      again.add(work);
    } catch (RuntimeException e) {
      if (tasks.createTaskQuery().taskId(work.taskId()).count() == 0) {
        gone.increment();
      } else {
        problem("completion refused: " + work.key(), e);
      }
    }
  }

  /**
   * The variables the person submits: the answer, every other required field of the task's form filled as a
   * person would (the first choice, the present moment, a short text), checked against the deployed form.
   */
  private Map<String, Object> submission(Work work, Map<String, Object> answer, Instant now) {
    TaskForm form = forms.computeIfAbsent(work.key(), key -> deployedForm(work.taskId()));
    Map<String, Object> values = new LinkedHashMap<>();
    answer.forEach((name, value) -> {
      if (!(value instanceof YearAnswers.At) || form.fields().containsKey(name)) {
        values.put(name, value);
      }
    });
    for (int round = 0; round < 4; round++) {
      List<ApiError> errors = form.check(asSubmitted(values, form), Map.of());
      List<ApiError> missing = errors.stream().filter(e -> e.code().equals("REQUIRED")).toList();
      if (errors.size() > missing.size()) {
        problem("form refused", new IllegalStateException(work.key() + ": " + errors));
        return null;
      }
      if (missing.isEmpty()) {
        return asVariables(values, form);
      }
      missing.forEach(e -> values.put(e.field(), filler(form.fields().get(e.field()), now)));
    }
    problem("form refused", new IllegalStateException(work.key() + ": required fields left"));
    return null;
  }

  private TaskForm deployedForm(String taskId) {
    try (InputStream schema = engine.getFormService().getDeployedTaskForm(taskId)) {
      return TaskForm.parse(new String(schema.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object filler(TaskForm.Field field, Instant now) {
    return switch (field.type()) {
      case "checkbox" -> true;
      case "number" -> field.validate().path("min").asInt(0);
      case "checklist", "taglist" -> List.of(field.values().get(0));
      case "radio", "select" -> field.values().get(0);
      case "datetime" -> new YearAnswers.At(now.minus(30, ChronoUnit.MINUTES));
      default -> "模擬紀錄";
    };
  }

  /** As Tasklist sends it: {"value": …}, a checklist as Json text, a moment as the field's subtype writes it. */
  private static Map<String, com.fasterxml.jackson.databind.JsonNode> asSubmitted(Map<String, Object> values,
      TaskForm form) {
    Map<String, com.fasterxml.jackson.databind.JsonNode> submitted = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      ObjectNode variable = JSON.createObjectNode();
      Object plain = plain(value, form.fields().get(name));
      if (plain instanceof List<?> list) {
        variable.put("type", "Json").put("value", JSON.valueToTree(list).toString());
      } else {
        variable.set("value", JSON.valueToTree(plain));
      }
      submitted.put(name, variable);
    });
    return submitted;
  }

  private static Map<String, Object> asVariables(Map<String, Object> values, TaskForm form) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> {
      Object plain = plain(value, form.fields().get(name));
      variables.put(name, plain instanceof List<?> list
          ? SpinValues.jsonValue(JSON.valueToTree(list).toString()).create() : plain);
    });
    return variables;
  }

  private static Object plain(Object value, TaskForm.Field field) {
    if (value instanceof YearAnswers.At at) {
      return field != null && "date".equals(field.subtype()) ? at.asDate() : at.asDateTime();
    }
    return value;
  }

  // ---- helpers

  private static SplittableRandom random(String taskId) {
    return new SplittableRandom(SEED ^ (taskId.hashCode() * 0x9E3779B97F4A7C15L));
  }

  /** Runs the items on the pool; items with the same key (a process instance) one after another in one thread. */
  private void inParallel(List<Runnable> items, List<String> keys) {
    if (items.isEmpty()) {
      return;
    }
    List<List<Runnable>> lanes = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      lanes.add(new ArrayList<>());
    }
    for (int i = 0; i < items.size(); i++) {
      int lane = keys == null ? i % THREADS : Math.floorMod(keys.get(i).hashCode(), THREADS);
      lanes.get(lane).add(items.get(i));
    }
    List<Future<?>> running = new ArrayList<>();
    for (List<Runnable> lane : lanes) {
      if (!lane.isEmpty()) {
        running.add(pool.submit(() -> lane.forEach(Runnable::run)));
      }
    }
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static void timed(AtomicLong bucket, Runnable work) {
    long started = System.nanoTime();
    work.run();
    bucket.addAndGet(System.nanoTime() - started);
  }

  private void problem(String kind, Exception e) {
    problems.computeIfAbsent(kind, k -> new LongAdder()).increment();
    if (e != null) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String message = root.getClass().getSimpleName() + ": " + root.getMessage();
      firstProblem.putIfAbsent(kind, message.length() > 400 ? message.substring(0, 400) : message);
    }
  }

  private long completed() {
    return completedByKey.values().stream().mapToLong(LongAdder::sum).sum();
  }

  private long openCases() {
    return runtime.createProcessInstanceQuery().processDefinitionKeyIn(ChildProtectionCase.PROCESS_KEY,
        ActiveCareCase.PROCESS_KEY, ChildProtectionCase.PLACEMENT_PROCESS_KEY,
        ActiveCareCase.FOUND_CHILD_INTERVENTION_KEY).count();
  }

  // ---- the table

  private void report(double wall, long simulatedDays, boolean stoppedEarly, int agendaLeft, int referralsPlanned)
      throws IOException {
    System.gc();
    peakLiveHeap = Math.max(peakLiveHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    long poolPeaks = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    row("reports taken (of planned)", reportsIn + " of " + REPORTS);
    row("active-care referrals taken (of planned)", referralsIn + " of " + referralsPlanned + " " + REFERRALS_PER_YEAR
        + " × " + SCALE);
    row("simulated days lived", simulatedDays + (stoppedEarly ? " (stopped at bench.year.maxWallMinutes)" : ""));
    row("wall time", String.format(Locale.ROOT, "%.1f s (%.1f min)", wall, wall / 60));
    row("wall time by phase", String.format(Locale.ROOT, "intake %.0f s, people's tasks %.0f s, jobs (timers, "
            + "agency calls) %.0f s, agenda scan %.0f s, other %.0f s", intakeNanos.get() / 1e9, taskNanos.get() / 1e9,
        jobNanos.get() / 1e9, scanNanos.get() / 1e9,
        wall - (intakeNanos.get() + taskNanos.get() + jobNanos.get() + scanNanos.get()) / 1e9));
    row("rate", String.format(Locale.ROOT, "%.1f reports+referrals taken per wall second; %.1f tasks, %.1f jobs per "
            + "wall second", (reportsIn + referralsIn) / wall, completed() / wall, jobsRun.sum() / wall));
    row("heap", "live after GC, highest monthly: " + mib(peakLiveHeap) + "; used before GC, highest sampled: "
        + mib(peakHeapUsed) + "; pool peaks summed: " + mib(poolPeaks) + "; max "
        + mib(Runtime.getRuntime().maxMemory()));
    row("schema size (tables, indexes, TOAST)", mib(count("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
        + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'")));
    row("tasks completed (late on purpose)", completed() + " (" + late.sum() + "); taken away before done " + gone.sum()
        + "; left open " + agendaLeft);
    row("scheduled transmissions sent (lines)", transmissionsSent.sum() + " (" + linesSent.sum() + ")");
    row("jobs run (failed attempts)", jobsRun.sum() + " (" + jobFailures.sum() + ")");
    row("incidents (created / retried by the operator / open at the end)", count("SELECT count(*) FROM act_hi_incident")
        + " / " + retriedByOperator.sum() + " / " + count("SELECT count(*) FROM act_ru_incident"));
    query("SELECT d.key_, count(*), count(p.end_time_) FROM act_hi_procinst p JOIN act_re_procdef d "
        + "ON p.proc_def_id_ = d.id_ GROUP BY d.key_ ORDER BY 2 DESC", r -> row("cases: " + r.getString(1),
        r.getLong(2) + " started, " + r.getLong(3) + " ended"));
    Map<String, Map<String, Long>> deadlines = new TreeMap<>();
    query("SELECT code, status, count(*) FROM cpf_case_deadline GROUP BY code, status", r ->
        deadlines.computeIfAbsent(r.getString(1), k -> new TreeMap<>()).put(r.getString(2), r.getLong(3)));
    deadlines.forEach((code, byStatus) -> row("deadline " + code, byStatus.toString()));
    completedByKey.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> row("completed " + e.getKey(), String.valueOf(e.getValue().sum())));
    problems.forEach((kind, n) -> row("problem: " + kind, n.sum() + " — " + firstProblem.getOrDefault(kind, "")));
    row("database upkeep (autovacuum)", autovacuum.summary());
    row("load average at the end", load());

    StringBuilder table = new StringBuilder("| figure | measured |\n|---|---|\n");
    rows.forEach(r -> table.append("| ").append(r[0]).append(" | ").append(r[1]).append(" |\n"));
    System.out.println("\n== National year, simulated (" + OffsetDateTime.now() + ")\n" + table);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/bench-year-results.md"), table + "\n```\n" + progress + "```\n");
  }

  private void row(String figure, String measured) {
    System.out.println("[year] " + figure + " | " + measured);
    rows.add(new String[] {figure, measured.replace("|", "/")});
  }

  private void print(String line) {
    System.out.println(line);
    progress.append(line).append('\n');
  }

  private interface RowReader {
    void read(ResultSet r) throws Exception;
  }

  private void query(String sql, RowReader reader) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        reader.read(r);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long count(String sql) {
    long[] value = {0};
    query(sql, r -> value[0] = r.getLong(1));
    return value[0];
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0];
    } catch (IOException e) {
      return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / 1024.0 / 1024.0);
  }
}
