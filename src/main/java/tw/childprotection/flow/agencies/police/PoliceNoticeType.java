package tw.childprotection.flow.agencies.police;

/** What the county tells the police (警察機關). */
public enum PoliceNoticeType {
  /** 緊急安置通報 */
  PLACEMENT_NOTICE,
  /** 請求會同調查 / 協助 */
  JOINT_INVESTIGATION_REQUEST,
  /** 涉及刑事案件之通知 */
  CRIME_NOTIFICATION
}
