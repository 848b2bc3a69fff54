package tw.childprotection.flow.agencies.court;

/** What the county files with the district court (地方法院). */
public enum CourtFilingType {
  /** 緊急安置後通報法院 */
  PLACEMENT_NOTICE,
  /** 聲請繼續安置 */
  CONTINUED_PLACEMENT_PETITION,
  /** 聲請延長安置 */
  EXTENSION_PETITION,
  /** 安置期間之報告 */
  CARE_REPORT,
  /** 聲請保護令 */
  PROTECTION_ORDER_PETITION
}
