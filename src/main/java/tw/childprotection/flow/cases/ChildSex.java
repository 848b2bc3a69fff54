package tw.childprotection.flow.cases;

/** The child's sex as every intake takes it and {@link CaseVariables#CHILD_SEX} keeps it. */
public enum ChildSex {
  M,
  F,
  UNKNOWN
}
