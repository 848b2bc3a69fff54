package tw.childprotection.flow.agencies.activecare;

/** What the county records on the SFAA active-care platform (六歲以下弱勢兒童主動關懷個案管理平台). */
public enum ActiveCareRecordType {
  /** 社政開案 (the case reaches social affairs) */
  CASE_OPENED,
  /** 行方不明，轉警政婦幼案件管理系統協尋 */
  MISSING_CHILD,
  /** 結案 */
  CASE_CLOSED
}
