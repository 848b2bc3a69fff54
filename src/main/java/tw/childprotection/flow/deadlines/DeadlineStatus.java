package tw.childprotection.flow.deadlines;

/** PENDING until the work is done (MET) or the deadline passes first (BREACHED). */
public enum DeadlineStatus {
  PENDING, MET, BREACHED
}
