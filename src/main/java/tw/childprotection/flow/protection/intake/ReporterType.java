package tw.childprotection.flow.protection.intake;

/** 辦法 第2條 (責任通報人員) or 第3條 (anyone else). */
enum ReporterType {
  MANDATED,
  PUBLIC
}
