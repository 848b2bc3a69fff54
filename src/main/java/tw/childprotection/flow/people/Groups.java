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

  private Groups() {
  }
}
