package tw.childprotection.flow.cases;

/**
 * Records of a capability that must not outlive their case's history even when that history went
 * another way than records retention (an administrator deleting a case's history, say). Called by
 * processes/cases/recordsRetention.bpmn in its off-hours window.
 */
public interface CaseRecordsCleanup {

  /** Removes the records whose case's history is gone; returns how many. */
  int removeWithoutHistory();
}
