package tw.childprotection.flow.activecare.intake;

/** How a guardian or caregiver named in a referral stands to the child. */
enum GuardianRelation {
  MOTHER, FATHER, GRANDPARENT, GUARDIAN, RELATIVE, CAREGIVER, OTHER
}
