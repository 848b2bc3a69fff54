package tw.childprotection.flow.agencies.cdc;

import tw.childprotection.flow.agencies.ChildQuery;

/**
 * 疾病管制署 (Taiwan CDC) immunization records (全國性預防接種資訊管理系統): whether the child's vaccinations
 * are up to date, the first thing social affairs matches (註3).
 */
public interface CdcImmunization {

  /**
   * Asks about {@code query}'s child. Read-only, so a retry with the same key is harmless.
   *
   * @throws tw.childprotection.flow.agencies.AgencyUnavailableException retryable, also for an answer
   *     that cannot be read
   * @throws tw.childprotection.flow.agencies.AgencyRejectedException the agency refused the query
   */
  VaccinationRecord vaccination(ChildQuery query);
}
