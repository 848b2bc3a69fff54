package tw.childprotection.flow.agencies.education;

/** What the county tells the school and the education authority (學校及教育主管機關). */
public enum SchoolNoticeType {
  /** 安置通知 */
  PLACEMENT_NOTICE,
  /** 安置結果 */
  PLACEMENT_RESULT,
  /** 轉學 / 轉安置學籍請求 */
  SCHOOL_TRANSFER_REQUEST
}
