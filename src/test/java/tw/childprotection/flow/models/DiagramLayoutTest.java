package tw.childprotection.flow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tw.childprotection.flow.support.ModelFiles;

/**
 * Every diagram (each drill-down plane too) reads as a business diagram, the way Modeler and Cockpit draw it
 * (bpmn-js: activity names 12 px inside the box, other labels 11 px and at most 90 px wide, centred on their
 * label's box): each sequence flow starts on its source's outline and ends on its target's, passes through no
 * other shape; no label lies over a shape or another label, no flow across another element's label; boundary
 * events sit on their host's border; no two shapes overlap; shapes stay inside their lane; every name fits
 * its box without running into the type icon or the marker. The same rules as docs/processes/check-layout.py,
 * which lists the faults of a model while it is being laid out (docs/processes/layout.py).
 */
class DiagramLayoutTest {

  static Stream<Path> models() {
    return ModelFiles.bpmn().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void diagramHasNoLayoutFault(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<String> faults = new ArrayList<>();
    for (BpmnPlane plane : model.getModelElementsByType(BpmnPlane.class)) {
      faults.addAll(new PlaneCheck(model, plane).faults());
    }
    assertThat(faults).as(file + ": layout faults (docs/processes/check-layout.py -v lists them too)").isEmpty();
  }

  @Test
  void theRulesFindTheFaultsTheyAreFor() {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
            xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="d" targetNamespace="t">
          <bpmn:process id="p" isExecutable="false">
            <bpmn:startEvent id="start" name="開始" />
            <bpmn:userTask id="task" name="這是一個很長很長很長很長很長很長很長很長很長的工作名稱" />
            <bpmn:userTask id="other" name="其他" />
            <bpmn:endEvent id="end" name="結束" />
            <bpmn:boundaryEvent id="late" attachedToRef="task" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="task" />
            <bpmn:sequenceFlow id="f2" sourceRef="task" targetRef="end" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="dd">
            <bpmndi:BPMNPlane id="pl" bpmnElement="p">
              <bpmndi:BPMNShape id="s1" bpmnElement="start"><dc:Bounds x="100" y="100" width="36" height="36" />
                <bpmndi:BPMNLabel>
                <dc:Bounds x="250" y="105" width="30" height="14" />
                </bpmndi:BPMNLabel>
                </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="s2" bpmnElement="task">
              <dc:Bounds x="200" y="78" width="100" height="80" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="s3" bpmnElement="other">
              <dc:Bounds x="400" y="78" width="100" height="80" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="s4" bpmnElement="end">
              <dc:Bounds x="600" y="100" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="s5" bpmnElement="late">
              <dc:Bounds x="240" y="170" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="e1" bpmnElement="f1">
              <di:waypoint x="136" y="118" />
              <di:waypoint x="190" y="118" />
              </bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="e2" bpmnElement="f2">
              <di:waypoint x="300" y="118" />
              <di:waypoint x="600" y="118" />
              </bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;
    BpmnModelInstance model = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(
        xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    List<String> faults = new PlaneCheck(model, model.getModelElementsByType(BpmnPlane.class).iterator().next())
        .faults();
    assertThat(faults).contains("p: edge-end f1", "p: edge-through-shape f2 through other",
        "p: label-over-shape start over task", "p: boundary-off-border late", "p: text-overflow task");
  }

  /** The faults of one plane. */
  static final class PlaneCheck {
    private static final Set<String> CONTAINERS = Set.of("participant", "lane", "group");
    private static final Set<String> EXTERNAL = Set.of("startEvent", "endEvent", "intermediateCatchEvent",
        "intermediateThrowEvent", "boundaryEvent", "exclusiveGateway", "parallelGateway", "inclusiveGateway",
        "eventBasedGateway", "dataObjectReference", "dataStoreReference");
    private static final Set<String> ICON = Set.of("userTask", "serviceTask", "sendTask", "receiveTask", "scriptTask",
        "businessRuleTask", "manualTask", "subProcess", "callActivity");

    private final String name;
    private final List<BpmnShape> solid = new ArrayList<>();
    private final Map<String, BpmnShape> shapes = new HashMap<>();
    private final List<BpmnEdge> edges = new ArrayList<>();
    private final Map<String, String> laneOf = new HashMap<>();
    private final List<String> faults = new ArrayList<>();

    PlaneCheck(BpmnModelInstance model, BpmnPlane plane) {
      name = plane.getBpmnElement().getId();
      for (DiagramElement d : plane.getDiagramElements()) {
        if (d instanceof BpmnShape s) {
          shapes.put(s.getBpmnElement().getId(), s);
          if (!CONTAINERS.contains(type(s.getBpmnElement())) && !Boolean.TRUE.equals(s.isExpanded())) {
            solid.add(s);
          }
        } else if (d instanceof BpmnEdge e && e.getBpmnElement() instanceof SequenceFlow) {
          edges.add(e);
        }
      }
      for (Lane lane : model.getModelElementsByType(Lane.class)) {
        for (FlowNode node : lane.getFlowNodeRefs()) {
          laneOf.put(node.getId(), lane.getId());
        }
      }
    }

    List<String> faults() {
      List<Object[]> labels = new ArrayList<>(); // {owner id, box, owner type}
      for (BpmnShape s : shapes.values()) {
        String n = name(s.getBpmnElement());
        if (EXTERNAL.contains(type(s.getBpmnElement())) && !n.isEmpty()) {
          labels.add(new Object[] {s.getBpmnElement().getId(), labelBox(s, n), "shape"});
        }
      }
      for (BpmnEdge e : edges) {
        String n = name(e.getBpmnElement());
        if (!n.isEmpty()) {
          labels.add(new Object[] {e.getBpmnElement().getId(), labelBox(e, n), "flow"});
        }
      }
      for (BpmnEdge e : edges) {
        SequenceFlow flow = (SequenceFlow) e.getBpmnElement();
        List<double[]> pts = points(e);
        BpmnShape src = shapes.get(flow.getSource().getId());
        BpmnShape tgt = shapes.get(flow.getTarget().getId());
        if (src != null && !onOutline(pts.get(0), src)) {
          fault("edge-start", flow.getId());
        }
        if (tgt != null && !onOutline(pts.get(pts.size() - 1), tgt)) {
          fault("edge-end", flow.getId());
        }
        Set<String> exempt = new HashSet<>(Set.of(flow.getSource().getId(), flow.getTarget().getId()));
        if (flow.getSource() instanceof BoundaryEvent b) {
          exempt.add(b.getAttachedTo().getId());
        }
        if (flow.getTarget() instanceof BoundaryEvent b) {
          exempt.add(b.getAttachedTo().getId());
        }
        for (BpmnShape s : solid) {
          if (!exempt.contains(s.getBpmnElement().getId()) && crosses(pts, box(s.getBounds()), 3)) {
            fault("edge-through-shape", flow.getId() + " through " + s.getBpmnElement().getId());
          }
        }
      }
      for (Object[] label : labels) {
        double[] box = (double[]) label[1];
        for (BpmnShape s : solid) {
          if (!s.getBpmnElement().getId().equals(label[0]) && overlap(box, box(s.getBounds()), 1)) {
            fault("label-over-shape", label[0] + " over " + s.getBpmnElement().getId());
          }
        }
        for (BpmnEdge e : edges) {
          SequenceFlow flow = (SequenceFlow) e.getBpmnElement();
          if (flow.getId().equals(label[0]) || ("shape".equals(label[2])
              && (flow.getSource().getId().equals(label[0]) || flow.getTarget().getId().equals(label[0])))) {
            continue;
          }
          if (crosses(points(e), box, 1)) {
            fault("flow-over-label", flow.getId() + " over " + label[0]);
          }
        }
      }
      for (int i = 0; i < labels.size(); i++) {
        for (int j = i + 1; j < labels.size(); j++) {
          if (overlap((double[]) labels.get(i)[1], (double[]) labels.get(j)[1], 1)) {
            fault("label-over-label", labels.get(i)[0] + " / " + labels.get(j)[0]);
          }
        }
      }
      for (BpmnShape s : solid) {
        if (s.getBpmnElement() instanceof BoundaryEvent b) {
          BpmnShape host = shapes.get(b.getAttachedTo().getId());
          double[] c = centre(s.getBounds());
          if (host == null || !onBox(c, box(host.getBounds()), 3)) {
            fault("boundary-off-border", b.getId());
          }
        }
      }
      for (int i = 0; i < solid.size(); i++) {
        for (int j = i + 1; j < solid.size(); j++) {
          BaseElement a = solid.get(i).getBpmnElement();
          BaseElement b = solid.get(j).getBpmnElement();
          if (attached(a, b) || attached(b, a)) {
            continue;
          }
          if (overlap(box(solid.get(i).getBounds()), box(solid.get(j).getBounds()), 1)) {
            fault("shape-over-shape", a.getId() + " / " + b.getId());
          }
        }
      }
      for (BpmnShape s : solid) {
        String lane = laneOf.get(s.getBpmnElement().getId());
        if (lane != null && shapes.containsKey(lane)
            && !inside(box(s.getBounds()), box(shapes.get(lane).getBounds()))) {
          fault("outside-lane", s.getBpmnElement().getId());
        }
        String t = type(s.getBpmnElement());
        String n = name(s.getBpmnElement());
        if (!EXTERNAL.contains(t) && !"textAnnotation".equals(t) && !n.isEmpty()) {
          Bounds b = s.getBounds();
          double room = ICON.contains(t) ? b.getHeight() - 40 : b.getHeight() - 10;
          if (lines(n, b.getWidth() - 20, 12) * 14.4 > room + 0.5) {
            fault("text-overflow", s.getBpmnElement().getId());
          }
        }
      }
      return faults;
    }

    private void fault(String kind, String what) {
      faults.add(name + ": " + kind + " " + what);
    }

    private static boolean attached(BaseElement boundary, BaseElement host) {
      return boundary instanceof BoundaryEvent b && b.getAttachedTo().getId().equals(host.getId());
    }

    private static String type(BaseElement e) {
      return e.getElementType().getTypeName();
    }

    private static String name(BaseElement e) {
      String n = e.getAttributeValue("name");
      return n == null ? "" : n.strip();
    }

    private static List<double[]> points(BpmnEdge e) {
      List<double[]> pts = new ArrayList<>();
      for (Waypoint w : e.getWaypoints()) {
        pts.add(new double[] {w.getX(), w.getY()});
      }
      return pts;
    }

    private static double[] box(Bounds b) {
      return new double[] {b.getX(), b.getY(), b.getWidth(), b.getHeight()};
    }

    private static double[] centre(Bounds b) {
      return new double[] {b.getX() + b.getWidth() / 2, b.getY() + b.getHeight() / 2};
    }

    /** Where bpmn-js draws an external label: centred on its DI box, from the box's top, 90 px wide at most. */
    private static double[] labelBox(DiagramElement owner, String text) {
      double lineCount = lines(text, 90, 11);
      double width = widest(text, 90, 11);
      double height = lineCount * 13.2;
      Bounds label = owner instanceof BpmnShape s
          ? (s.getBpmnLabel() == null ? null : s.getBpmnLabel().getBounds())
          : (((BpmnEdge) owner).getBpmnLabel() == null ? null : ((BpmnEdge) owner).getBpmnLabel().getBounds());
      if (label != null) {
        double cx = label.getX() + label.getWidth() / 2;
        return new double[] {cx - width / 2, label.getY(), width, height};
      }
      double cx;
      double cy;
      if (owner instanceof BpmnShape s) {
        cx = s.getBounds().getX() + s.getBounds().getWidth() / 2;
        cy = s.getBounds().getY() + s.getBounds().getHeight() + 17;
      } else {
        double[] m = midpoint(points((BpmnEdge) owner));
        cx = m[0];
        cy = m[1];
      }
      return new double[] {cx - width / 2, cy - height / 2, width, height};
    }

    private static double[] midpoint(List<double[]> pts) {
      double total = 0;
      for (int i = 0; i + 1 < pts.size(); i++) {
        total += dist(pts.get(i), pts.get(i + 1));
      }
      double run = 0;
      for (int i = 0; i + 1 < pts.size(); i++) {
        double d = dist(pts.get(i), pts.get(i + 1));
        if (run + d >= total / 2 && d > 0) {
          double t = (total / 2 - run) / d;
          return new double[] {pts.get(i)[0] + t * (pts.get(i + 1)[0] - pts.get(i)[0]),
              pts.get(i)[1] + t * (pts.get(i + 1)[1] - pts.get(i)[1])};
        }
        run += d;
      }
      return pts.get(0);
    }

    private static double dist(double[] a, double[] b) {
      return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    static double charWidth(char c, double size) {
      if (c > 0x2e80) {
        return size;
      }
      if ("il.,:;|!'()[] ".indexOf(c) >= 0) {
        return size * 0.3;
      }
      if (Character.isUpperCase(c) || "mwMW".indexOf(c) >= 0) {
        return size * 0.7;
      }
      return size * 0.55;
    }

    /** The widest of the lines a label is wrapped into. */
    private static double widest(String text, double width, double size) {
      double widest = 0;
      for (String para : text.split("\n", -1)) {
        double w = 0;
        boolean any = false;
        for (char c : para.toCharArray()) {
          double cw = charWidth(c, size);
          if (w + cw > width && any) {
            widest = Math.max(widest, w);
            w = 0;
            any = false;
            if (c == ' ') {
              continue;
            }
          }
          w += cw;
          any = true;
        }
        widest = Math.max(widest, w);
      }
      return widest;
    }

    /** Lines bpmn-js wraps a name into: breaks where the line is full (CJK has no spaces). */
    static int lines(String text, double width, double size) {
      int count = 0;
      for (String para : text.split("\n", -1)) {
        count++;
        double w = 0;
        boolean any = false;
        for (char c : para.toCharArray()) {
          double cw = charWidth(c, size);
          if (w + cw > width && any) {
            count++;
            w = 0;
            any = false;
            if (c == ' ') {
              continue;
            }
          }
          w += cw;
          any = true;
        }
      }
      return count;
    }

    private static boolean overlap(double[] a, double[] b, double pad) {
      return a[0] + pad < b[0] + b[2] - pad && b[0] + pad < a[0] + a[2] - pad
          && a[1] + pad < b[1] + b[3] - pad && b[1] + pad < a[1] + a[3] - pad;
    }

    private static boolean inside(double[] a, double[] b) {
      return b[0] <= a[0] && b[1] <= a[1] && a[0] + a[2] <= b[0] + b[2] && a[1] + a[3] <= b[1] + b[3];
    }

    private static boolean onBox(double[] p, double[] b, double tol) {
      boolean near = b[0] - tol <= p[0] && p[0] <= b[0] + b[2] + tol && b[1] - tol <= p[1] && p[1] <= b[1] + b[3] + tol;
      double d = Math.min(Math.min(Math.abs(p[0] - b[0]), Math.abs(p[0] - b[0] - b[2])),
          Math.min(Math.abs(p[1] - b[1]), Math.abs(p[1] - b[1] - b[3])));
      return near && d <= tol;
    }

    /** On the shape's outline: the circle of an event, the diamond of a gateway, else the box. */
    private static boolean onOutline(double[] p, BpmnShape s) {
      double[] b = box(s.getBounds());
      double tol = 3;
      String t = type(s.getBpmnElement());
      double cx = b[0] + b[2] / 2;
      double cy = b[1] + b[3] / 2;
      if (t.endsWith("Event")) {
        return Math.abs(Math.hypot(p[0] - cx, p[1] - cy) - b[2] / 2) <= tol;
      }
      if (t.endsWith("Gateway")) {
        return Math.abs(Math.abs(p[0] - cx) / (b[2] / 2) + Math.abs(p[1] - cy) / (b[3] / 2) - 1) * (b[2] / 2)
            <= tol * 1.5;
      }
      return onBox(p, b, tol);
    }

    /** Does the polyline pass through the inside of the box (shrunk by pad)? Liang-Barsky per segment. */
    private static boolean crosses(List<double[]> pts, double[] box, double pad) {
      double x0 = box[0] + pad;
      double y0 = box[1] + pad;
      double x1 = box[0] + box[2] - pad;
      double y1 = box[1] + box[3] - pad;
      if (x1 <= x0 || y1 <= y0) {
        return false;
      }
      for (int i = 0; i + 1 < pts.size(); i++) {
        double[] p = pts.get(i);
        double[] q = pts.get(i + 1);
        double dx = q[0] - p[0];
        double dy = q[1] - p[1];
        double t0 = 0;
        double t1 = 1;
        double[][] pq = {{-dx, p[0] - x0}, {dx, x1 - p[0]}, {-dy, p[1] - y0}, {dy, y1 - p[1]}};
        boolean out = false;
        for (double[] c : pq) {
          if (c[0] == 0) {
            if (c[1] < 0) {
              out = true;
              break;
            }
          } else {
            double t = c[1] / c[0];
            if (c[0] < 0) {
              t0 = Math.max(t0, t);
            } else {
              t1 = Math.min(t1, t);
            }
            if (t0 > t1) {
              out = true;
              break;
            }
          }
        }
        if (!out && t1 - t0 > 1e-9) {
          return true;
        }
      }
      return false;
    }
  }
}
