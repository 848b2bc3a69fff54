package tw.childprotection.flow.compliance;

import java.util.Arrays;
import java.util.List;
import tw.childprotection.flow.people.County;

/**
 * Who reads the figures, and the counties they may see: their tenant memberships (national agencies are
 * members of all 22), every county for an administrator. Figures are only ever computed for these.
 */
record Viewer(String userId, List<String> counties) {

  static Viewer of(String userId, List<String> tenantIds, boolean administrator) {
    List<String> counties = Arrays.stream(County.values()).map(County::code)
        .filter(code -> administrator || (tenantIds != null && tenantIds.contains(code)))
        .toList();
    return new Viewer(userId, counties);
  }

  /** Sees more than one county: the figures come with a county-by-county table. */
  boolean national() {
    return counties.size() > 1;
  }
}
