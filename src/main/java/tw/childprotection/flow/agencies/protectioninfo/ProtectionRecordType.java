package tw.childprotection.flow.agencies.protectioninfo;

/** What the county registers in MOHW's protection information system (保護資訊系統). */
public enum ProtectionRecordType {
  /** 通報受理 */
  REPORT_RECEIVED,
  /** 調查報告 */
  INVESTIGATION_REPORT,
  /** 結案 */
  CASE_CLOSED
}
