package tw.childprotection.flow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The model files analysts edit: every .bpmn/.dmn under processes/ and every .form under forms/. */
public final class ModelFiles {

  public static final Path PROCESSES = Path.of("processes");
  public static final Path FORMS = Path.of("forms");

  private ModelFiles() {
  }

  public static List<Path> bpmn() {
    return find(PROCESSES, ".bpmn");
  }

  public static List<Path> dmn() {
    return find(PROCESSES, ".dmn");
  }

  public static List<Path> forms() {
    return find(FORMS, ".form");
  }

  /** The resource name the process application deploys a file under, e.g. processes/a/b.bpmn. */
  public static String resourceName(Path file) {
    return file.toString().replace('\\', '/');
  }

  private static List<Path> find(Path root, String suffix) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
