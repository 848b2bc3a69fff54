package tw.childprotection.flow.people;

/**
 * The processes a person may start in Tasklist, by key; {@link CountiesAndGroups} grants who may. Their
 * keys live here, below the process areas, because the grant must name them.
 */
public final class StartableInTasklist {

  /** 啟動選擇性保護處置 (辦法 第12、13條), processes/protection/protectionMeasureRequest.bpmn. */
  public static final String PROTECTION_MEASURE_REQUEST_KEY = "protectionMeasureRequest";

  private StartableInTasklist() {
  }
}
