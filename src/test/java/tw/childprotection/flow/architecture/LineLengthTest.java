package tw.childprotection.flow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** House style (docs/contributing.md, .editorconfig): no line of Java longer than 120 characters. */
class LineLengthTest {

  static final int MAX = 120;

  @Test
  void noJavaLineIsLongerThan120Characters() {
    List<String> tooLong = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i++) {
            int length = lines.get(i).codePointCount(0, lines.get(i).length());
            if (length > MAX) {
              tooLong.add(file + ":" + (i + 1) + " (" + length + ")");
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    assertThat(tooLong).as("Java lines over %d characters", MAX).isEmpty();
  }
}
