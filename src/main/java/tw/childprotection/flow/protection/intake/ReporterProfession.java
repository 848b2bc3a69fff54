package tw.childprotection.flow.protection.intake;

/** The mandated reporters of 辦法 第2條 (本法第53條第1項). */
enum ReporterProfession {
  MEDICAL,
  SOCIAL_WORK,
  EDUCATION,
  CHILDCARE,
  POLICE,
  JUDICIAL,
  VILLAGE_OFFICER,
  OTHER
}
