"""Reads a BPMN file's process elements and its diagram (DI) planes, and measures text the way bpmn-js
draws it. Shared by check-layout.py (counts layout faults) and layout.py (lays diagrams out)."""
import math
import re
import xml.etree.ElementTree as ET

NS = {
    'bpmn': 'http://www.omg.org/spec/BPMN/20100524/MODEL',
    'bpmndi': 'http://www.omg.org/spec/BPMN/20100524/DI',
    'dc': 'http://www.omg.org/spec/DD/20100524/DC',
    'di': 'http://www.omg.org/spec/DD/20100524/DI',
}
B = '{%s}' % NS['bpmn']
CONTAINERS = {'participant', 'lane', 'group'}
EXTERNAL_LABEL = {'startEvent', 'endEvent', 'intermediateCatchEvent', 'intermediateThrowEvent', 'boundaryEvent',
                  'exclusiveGateway', 'parallelGateway', 'inclusiveGateway', 'eventBasedGateway', 'dataObjectReference',
                  'dataStoreReference'}
NODE_TYPES = EXTERNAL_LABEL | {'task', 'userTask', 'serviceTask', 'sendTask', 'receiveTask', 'scriptTask',
                               'businessRuleTask', 'manualTask', 'callActivity', 'subProcess'}


class Element:
    def __init__(self, xml, parent):
        self.xml = xml
        self.type = xml.tag.split('}')[1]
        self.id = xml.get('id')
        self.name = (xml.get('name') or '').strip()
        self.parent = parent  # the process or sub-process element that holds it (None for collaboration items)
        self.source = xml.get('sourceRef')
        self.target = xml.get('targetRef')
        self.attached_to = xml.get('attachedToRef')
        self.triggered_by_event = xml.get('triggeredByEvent') == 'true'
        self.children = []
        self.lane = None

    def __repr__(self):
        return '%s(%s)' % (self.type, self.id)


class Model:
    """Every element by id; the lanes of each process; each plane's shapes and edges."""

    def __init__(self, path):
        self.path = path
        self.text = open(path, encoding='utf-8').read()
        self.root = ET.fromstring(self.text.encode('utf-8'))
        self.elements = {}
        for child in self.root:
            tag = child.tag.split('}')[1]
            if tag == 'process':
                self._read(child, None)
            elif tag == 'collaboration':
                self.elements[child.get('id')] = Element(child, None)
                for p in child.findall('bpmn:participant', NS):
                    e = Element(p, None)
                    self.elements[e.id] = e
                    e.process = p.get('processRef')
        for lane in self.root.iter(B + 'lane'):
            e = Element(lane, None)
            self.elements[e.id] = e
            e.refs = [r.text.strip() for r in lane.findall('bpmn:flowNodeRef', NS)]
            for ref in e.refs:
                if ref in self.elements:
                    self.elements[ref].lane = e.id
        self.planes = []
        for plane in self.root.iter('{%s}BPMNPlane' % NS['bpmndi']):
            self.planes.append(Plane(self, plane))

    def _read(self, xml, parent):
        e = Element(xml, parent)
        self.elements[e.id] = e
        for child in xml:
            tag = child.tag.split('}')[1]
            if tag in NODE_TYPES or tag in ('sequenceFlow', 'textAnnotation', 'association', 'group'):
                c = self._read(child, e)
                e.children.append(c)
        return e


class Shape:
    def __init__(self, element, x, y, w, h, label, expanded):
        self.element = element
        self.x, self.y, self.w, self.h = x, y, w, h
        self.label = label  # (x, y, w, h) from DI or None
        self.expanded = expanded

    @property
    def box(self):
        return (self.x, self.y, self.w, self.h)


class Edge:
    def __init__(self, element, points, label):
        self.element = element
        self.points = points
        self.label = label


class Plane:
    def __init__(self, model, xml):
        self.model = model
        self.element = model.elements.get(xml.get('bpmnElement'))
        self.shapes = {}
        self.edges = {}
        for s in xml.findall('bpmndi:BPMNShape', NS):
            el = model.elements.get(s.get('bpmnElement'))
            b = s.find('dc:Bounds', NS)
            lb = s.find('bpmndi:BPMNLabel/dc:Bounds', NS)
            self.shapes[el.id] = Shape(el, *[float(b.get(k)) for k in ('x', 'y', 'width', 'height')],
                                       label=tuple(float(lb.get(k)) for k in ('x', 'y', 'width', 'height')) if lb is not None else None,
                                       expanded=s.get('isExpanded') == 'true')
        for e in xml.findall('bpmndi:BPMNEdge', NS):
            el = model.elements.get(e.get('bpmnElement'))
            pts = [(float(p.get('x')), float(p.get('y'))) for p in e.findall('di:waypoint', NS)]
            lb = e.find('bpmndi:BPMNLabel/dc:Bounds', NS)
            self.edges[el.id] = Edge(el, pts, tuple(float(lb.get(k)) for k in ('x', 'y', 'width', 'height')) if lb is not None else None)

    @property
    def name(self):
        return self.element.id if self.element else '?'

    def bounds(self):
        xs, ys = [], []
        for s in self.shapes.values():
            xs += [s.x, s.x + s.w]
            ys += [s.y, s.y + s.h]
        for e in self.edges.values():
            xs += [p[0] for p in e.points]
            ys += [p[1] for p in e.points]
        return (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)) if xs else (0, 0, 0, 0)


# --- text as bpmn-js draws it (Arial-like: 12 px inside tasks, 11 px outside; line height 1.2) ---

def char_width(c, size):
    if ord(c) > 0x2e80:
        return size
    if c in 'il.,:;|!\'()[] ':
        return size * 0.3
    if c.isupper() or c in 'mwMW':
        return size * 0.7
    return size * 0.55


def wrap(text, width, size):
    """Lines bpmn-js would draw: breaks at spaces, else anywhere (CJK has no spaces)."""
    lines = []
    for para in text.split('\n'):
        line, w = '', 0.0
        for c in para:
            cw = char_width(c, size)
            if w + cw > width and line:
                lines.append((line, w))
                line, w = '', 0.0
                if c == ' ':
                    continue
            line += c
            w += cw
        lines.append((line, w))
    return lines


def external_label_box(shape_or_edge, text):
    """The box an external label occupies: bpmn-js centres the text on the DI label's centre, 90 px wide at most."""
    lab = shape_or_edge.label
    if lab is None:
        if isinstance(shape_or_edge, Shape):
            s = shape_or_edge
            cx, cy = s.x + s.w / 2, s.y + s.h + 10 + 7
        else:
            cx, cy = midpoint(shape_or_edge.points)
    else:
        cx, cy = lab[0] + lab[2] / 2, lab[1] + lab[3] / 2
    lines = wrap(text, 90, 11)
    w = max(l[1] for l in lines)
    h = len(lines) * 13.2
    if lab is not None:
        # bpmn-js draws the text from the top of the label's box
        return (cx - w / 2, lab[1], w, h)
    return (cx - w / 2, cy - h / 2, w, h)


def midpoint(points):
    total = sum(math.dist(points[i], points[i + 1]) for i in range(len(points) - 1))
    half, run = total / 2, 0.0
    for i in range(len(points) - 1):
        d = math.dist(points[i], points[i + 1])
        if run + d >= half and d > 0:
            t = (half - run) / d
            return (points[i][0] + t * (points[i + 1][0] - points[i][0]), points[i][1] + t * (points[i + 1][1] - points[i][1]))
        run += d
    return points[0]


ICON = {'userTask', 'serviceTask', 'sendTask', 'receiveTask', 'scriptTask', 'businessRuleTask', 'manualTask',
        'subProcess', 'callActivity'}


def task_lines(name, width):
    """bpmn-js keeps about 10 px each side free inside an activity."""
    return len(wrap(name, width - 20, 12))


def task_text_room(type_, height):
    """Height the name may take without running into the type icon (top left) or the marker (bottom)."""
    return height - 40 if type_ in ICON else height - 10


def task_text_fits(shape):
    return task_lines(shape.element.name, shape.w) * 14.4 <= task_text_room(shape.element.type, shape.h) + 0.5


def overlap(a, b, pad=0.0):
    return (a[0] + pad < b[0] + b[2] - pad and b[0] + pad < a[0] + a[2] - pad and
            a[1] + pad < b[1] + b[3] - pad and b[1] + pad < a[1] + a[3] - pad)


def segment_hits_box(p, q, box, pad=3.0):
    """Does segment p-q pass through the inside of box (shrunk by pad)?"""
    x0, y0, x1, y1 = box[0] + pad, box[1] + pad, box[0] + box[2] - pad, box[1] + box[3] - pad
    if x1 <= x0 or y1 <= y0:
        return False
    # Liang-Barsky clipping
    dx, dy = q[0] - p[0], q[1] - p[1]
    t0, t1 = 0.0, 1.0
    for pp, qq in ((-dx, p[0] - x0), (dx, x1 - p[0]), (-dy, p[1] - y0), (dy, y1 - p[1])):
        if pp == 0:
            if qq < 0:
                return False
        else:
            t = qq / pp
            if pp < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
            if t0 > t1:
                return False
    return t1 - t0 > 1e-9


def on_border(point, shape, tol=3.0):
    """On the shape's outline: its box, or the circle of an event, or the diamond of a gateway."""
    x, y = point
    bx0, by0, bx1, by1 = shape.x, shape.y, shape.x + shape.w, shape.y + shape.h
    inside = bx0 - tol <= x <= bx1 + tol and by0 - tol <= y <= by1 + tol
    if not inside:
        return False
    d_box = min(abs(x - bx0), abs(x - bx1), abs(y - by0), abs(y - by1))
    if d_box <= tol and (bx0 - tol <= x <= bx1 + tol) and (by0 - tol <= y <= by1 + tol):
        if shape.element.type not in EXTERNAL_LABEL or shape.element.type.endswith('Reference'):
            return True
    cx, cy = shape.x + shape.w / 2, shape.y + shape.h / 2
    t = shape.element.type
    if t.endswith('Event'):
        return abs(math.dist((x, y), (cx, cy)) - shape.w / 2) <= tol
    if t.endswith('Gateway'):
        return abs(abs(x - cx) / (shape.w / 2) + abs(y - cy) / (shape.h / 2) - 1) * (shape.w / 2) <= tol * 1.5
    return d_box <= tol
