package tw.childprotection.flow.activecare.intake;

import tw.childprotection.flow.activecare.ActiveCareCase;

/** The five intake categories of the flowchart, each screened by its own agency first. */
public enum ReferralSource {
  /** 戶政機關逕為出生登記者 */
  BIRTH_REGISTRATION(ActiveCareCase.BIRTH_REGISTRATION_SCREENING),
  /** 戶政機關逕遷戶籍至戶政事務所者 */
  HOUSEHOLD_RELOCATION(ActiveCareCase.RELOCATION_SCREENING),
  /** 逾期未完成預防接種者（註1：服務至未滿7歲） */
  OVERDUE_VACCINATION(ActiveCareCase.VACCINATION_SCREENING),
  /** 未納入健保逾1年者 */
  NHI_UNINSURED(ActiveCareCase.INSURANCE_SCREENING),
  /** 領有精神或智能類身心障礙證明之低收入戶及中低收入戶之子女 */
  LOW_INCOME_DISABLED_PARENT(ActiveCareCase.SERVICE_SYSTEMS_SCREENING);

  private final String screeningStartsAt;

  ReferralSource(String screeningStartsAt) {
    this.screeningStartsAt = screeningStartsAt;
  }

  /** The first step of this category's own screening in activeCareCase (its column of the flowchart). */
  String screeningStartsAt() {
    return screeningStartsAt;
  }
}
