package tw.childprotection.flow.activecare.intake;

/** The five intake categories of the flowchart, each screened by its own agency first. */
public enum ReferralSource {
  /** 戶政機關逕為出生登記者 */
  BIRTH_REGISTRATION,
  /** 戶政機關逕遷戶籍至戶政事務所者 */
  HOUSEHOLD_RELOCATION,
  /** 逾期未完成預防接種者（註1：服務至未滿7歲） */
  OVERDUE_VACCINATION,
  /** 未納入健保逾1年者 */
  NHI_UNINSURED,
  /** 領有精神或智能類身心障礙證明之低收入戶及中低收入戶之子女 */
  LOW_INCOME_DISABLED_PARENT
}
