package tw.childprotection.flow.agencies.police;

/** What the county tells the police (警察機關). */
public enum PoliceNoticeType {
  /** 緊急安置通報 */
  PLACEMENT_NOTICE,
  /** 請求會同調查 / 協助 */
  JOINT_INVESTIGATION_REQUEST,
  /** 涉及刑事案件之通知 */
  CRIME_NOTIFICATION,
  /** 主動關懷: 函請戶籍地警政單位查訪 (visit within 7 days of the letter) */
  ACTIVE_CARE_VISIT_REQUEST,
  /** 主動關懷: 逕遷戶籍同時通報 (the household registration was moved ex officio) */
  RELOCATION_NOTICE,
  /** 主動關懷: 行方不明且疑涉刑案，函請偵辦 (本法第54條) */
  CRIME_INVESTIGATION_REQUEST
}
