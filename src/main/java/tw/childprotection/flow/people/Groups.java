package tw.childprotection.flow.people;

import java.util.List;

/** Camunda group ids of CONTRACT §2: every user task names one of them as its candidate group. */
public final class Groups {

  public static final String ADMIN = "camunda-admin";
  public static final String SOCIAL_WORKER = "social-worker";
  public static final String SOCIAL_SUPERVISOR = "social-supervisor";
  public static final String HEALTH = "health";
  public static final String HOUSEHOLD_REGISTRATION = "household-registration";
  public static final String POLICE = "police";
  /** Schools and the education authority (辦法 第4條: 指派…教育…單位處理). */
  public static final String EDUCATION = "education";
  public static final String DISTRICT_OFFICE = "district-office";
  public static final String MANAGER = "manager";
  public static final String CDC = "cdc";
  public static final String NHIA = "nhia";
  public static final String MOI_HOUSEHOLD = "moi-household";
  /** Mandated reporters (辦法 第2條) filing on the web form: no task, no case, only their reports' numbers. */
  public static final String REPORTER = "reporter";

  /** Groups whose members work for one county and see only its cases. */
  public static final List<String> COUNTY_GROUPS = List.of(SOCIAL_WORKER, SOCIAL_SUPERVISOR, HEALTH,
      HOUSEHOLD_REGISTRATION, POLICE, EDUCATION, DISTRICT_OFFICE, MANAGER);

  /** National agencies: members see every county. */
  public static final List<String> NATIONAL_GROUPS = List.of(CDC, NHIA, MOI_HOUSEHOLD);

  /**
   * Groups that read every case of their counties and work tasks by a group-wide grant, with no
   * authorization row per task (docs/adr/0014).
   */
  public static final List<String> CASE_WIDE_GROUPS = List.of(SOCIAL_WORKER, SOCIAL_SUPERVISOR, MANAGER, CDC, NHIA,
      MOI_HOUSEHOLD);

  /**
   * Groups that read only the cases they have or had a task in (need to know, docs/adr/0014): police,
   * health, education, household registration and district offices see no other case of their county.
   */
  public static final List<String> NEED_TO_KNOW_GROUPS = List.of(HEALTH, HOUSEHOLD_REGISTRATION, POLICE,
      EDUCATION, DISTRICT_OFFICE);

  private Groups() {
  }
}
