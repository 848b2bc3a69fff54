package tw.childprotection.flow.protection.intake;

public enum ChildSex {
  M,
  F,
  UNKNOWN
}
