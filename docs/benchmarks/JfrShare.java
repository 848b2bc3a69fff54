import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * How many CPU samples of a flight recording pass through each named method: where a request's time goes.
 * {@code java docs/benchmarks/JfrShare.java <recording.jfr> <method> [<method>…]}, a method as it appears in a
 * stack ("Jurisdiction.decide", "DbEntityManager.flush"). Counts only request threads (http-nio-…).
 */
public class JfrShare {

  public static void main(String[] args) throws Exception {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      counts.put(args[i], 0);
    }
    int samples = 0;
    try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
      while (recording.hasMoreEvents()) {
        RecordedEvent event = recording.readEvent();
        if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
            || event.getThread("sampledThread") == null
            || !String.valueOf(event.getThread("sampledThread").getJavaName()).startsWith("http-nio")) {
          continue;
        }
        samples++;
        List<String> frames = new ArrayList<>();
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
          frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
        }
        String stack = String.join(" ", frames);
        counts.replaceAll((method, n) -> stack.contains(method) ? n + 1 : n);
      }
    }
    System.out.println(samples + " samples on request threads");
    counts.forEach((method, n) -> System.out.println(n + "\t" + method));
  }
}
