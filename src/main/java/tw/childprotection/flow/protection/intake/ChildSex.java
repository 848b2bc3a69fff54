package tw.childprotection.flow.protection.intake;

enum ChildSex {
  M,
  F,
  UNKNOWN
}
