package tw.childprotection.flow.people;

import java.util.Set;

/**
 * The processes a person may start in Tasklist, by key; {@link CountiesAndGroups} grants who may. Their
 * keys live here, below the process areas, because the grant must name them.
 */
public final class StartableInTasklist {

  /** 啟動選擇性保護處置 (辦法 第12、13條), processes/protection/protectionMeasureRequest.bpmn. */
  public static final String PROTECTION_MEASURE_REQUEST_KEY = "protectionMeasureRequest";

  /** All of them: each belongs to the county of whoever starts it, never to a variable's county. */
  public static final Set<String> KEYS = Set.of(PROTECTION_MEASURE_REQUEST_KEY);

  private StartableInTasklist() {
  }
}
