package tw.childprotection.flow.cases;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.childprotection.flow.people.County;

/**
 * A readable case id that carries no personal data: kind, county, year, number, e.g.
 * {@code CP-KHH-2026-000123}. It is the business key of the case's process instances, so it appears
 * in logs and Cockpit instead of anything that identifies the child.
 */
public record CaseId(CaseKind kind, County county, int year, long number) {

  private static final Pattern FORMAT = Pattern.compile("^(AC|CP)-([A-Z]{3})-(\\d{4})-(\\d{6,})$");

  public static Optional<CaseId> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<CaseKind> kind = Arrays.stream(CaseKind.values()).filter(k -> k.prefix().equals(m.group(1))).findFirst();
    Optional<County> county = County.fromCode(m.group(2));
    if (kind.isEmpty() || county.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CaseId(kind.get(), county.get(), Integer.parseInt(m.group(3)), Long.parseLong(m.group(4))));
  }

  @Override
  public String toString() {
    return String.format("%s-%s-%04d-%06d", kind.prefix(), county.code(), year, number);
  }
}
