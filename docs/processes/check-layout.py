#!/usr/bin/env python3
"""Counts layout faults in BPMN diagrams (every plane, drill-downs included), as a reader sees them in
Modeler or Cockpit:
  edge-start / edge-end     a sequence flow that does not start on its source's outline or end on its target's
  edge-through-shape        a flow passing through a shape that is neither its source nor its target
  label-over-shape          an event's, gateway's or flow's label over a shape
  label-over-label          two labels over each other
  flow-over-label           a flow drawn across a label not its own (flows of the labelled shape excepted)
  boundary-off-border       a boundary event not on its host's border
  shape-over-shape          two shapes over each other (a boundary event on its host excepted)
  outside-lane              a shape not inside its lane, or a lane not inside its pool
  text-overflow             a task's name longer than its box can hold
  missing-di                a flow node or flow without a shape or edge on any plane
Usage: docs/processes/check-layout.py [-v] [file.bpmn ...]   (default: every processes/**/*.bpmn)
Exit code 1 when any fault is found. DiagramLayoutTest asserts the same rules in the build."""
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bpmn_di import (Model, CONTAINERS, EXTERNAL_LABEL, Shape, external_label_box, overlap, segment_hits_box,
                     on_border, task_text_fits)


def plane_faults(plane):
    faults = []
    shapes = plane.shapes
    solid = [s for s in shapes.values() if s.element.type not in CONTAINERS and not s.expanded]
    labels = []
    for s in shapes.values():
        if s.element.type in EXTERNAL_LABEL and s.element.name:
            labels.append((s.element, external_label_box(s, s.element.name)))
    for e in plane.edges.values():
        if e.element.type == 'sequenceFlow' and e.element.name:
            labels.append((e.element, external_label_box(e, e.element.name)))
    for e in plane.edges.values():
        el = e.element
        if el.type != 'sequenceFlow':
            continue
        src, tgt = shapes.get(el.source), shapes.get(el.target)
        if src and not on_border(e.points[0], src):
            faults.append(('edge-start', el.id))
        if tgt and not on_border(e.points[-1], tgt):
            faults.append(('edge-end', el.id))
        exempt = {el.source, el.target}
        for end in (src, tgt):
            if end and end.element.type == 'boundaryEvent':
                exempt.add(end.element.attached_to)
        for s in solid:
            if s.element.id in exempt:
                continue
            if any(segment_hits_box(e.points[i], e.points[i + 1], s.box) for i in range(len(e.points) - 1)):
                faults.append(('edge-through-shape', '%s through %s' % (el.id, s.element.id)))
    for owner, box in labels:
        for s in solid:
            if s.element is owner:
                continue
            if overlap(box, s.box, 1):
                faults.append(('label-over-shape', '%s over %s' % (owner.id, s.element.id)))
    for owner, box in labels:
        for e in plane.edges.values():
            if e.element is owner or e.element.type != 'sequenceFlow':
                continue
            if owner.type != 'sequenceFlow' and owner.id in (e.element.source, e.element.target):
                continue  # a flow leaving or entering the labelled shape may touch its label
            if any(segment_hits_box(e.points[i], e.points[i + 1], box, 1) for i in range(len(e.points) - 1)):
                faults.append(('flow-over-label', '%s over %s' % (e.element.id, owner.id)))
    for i, (a, ba) in enumerate(labels):
        for b, bb in labels[i + 1:]:
            if overlap(ba, bb, 1):
                faults.append(('label-over-label', '%s / %s' % (a.id, b.id)))
    for s in solid:
        if s.element.type == 'boundaryEvent':
            host = shapes.get(s.element.attached_to)
            cx, cy = s.x + s.w / 2, s.y + s.h / 2
            if host is None or not (host.x - 3 <= cx <= host.x + host.w + 3 and host.y - 3 <= cy <= host.y + host.h + 3
                                    and min(abs(cx - host.x), abs(cx - host.x - host.w), abs(cy - host.y),
                                            abs(cy - host.y - host.h)) <= 3):
                faults.append(('boundary-off-border', s.element.id))
    for i, a in enumerate(solid):
        for b in solid[i + 1:]:
            if a.element.attached_to == b.element.id or b.element.attached_to == a.element.id:
                continue
            if overlap(a.box, b.box, 1):
                faults.append(('shape-over-shape', '%s / %s' % (a.element.id, b.element.id)))
    for s in solid:
        if s.element.lane and s.element.lane in shapes:
            lane = shapes[s.element.lane]
            if not (lane.x <= s.x and lane.y <= s.y and s.x + s.w <= lane.x + lane.w and s.y + s.h <= lane.y + lane.h):
                faults.append(('outside-lane', s.element.id))
        if s.element.type not in EXTERNAL_LABEL and s.element.type not in ('textAnnotation', 'group') and s.element.name \
                and not task_text_fits(s):
            faults.append(('text-overflow', s.element.id))
    for s in shapes.values():
        if s.element.type == 'lane':
            pool = next((p for p in shapes.values() if p.element.type == 'participant'), None)
            if pool and not (pool.x <= s.x and pool.y <= s.y and s.x + s.w <= pool.x + pool.w + 0.5
                             and s.y + s.h <= pool.y + pool.h + 0.5):
                faults.append(('outside-lane', s.element.id))
    return faults


def model_faults(model):
    result = []
    drawn = set()
    for plane in model.planes:
        drawn |= set(plane.shapes) | set(plane.edges)
        result.append((plane, plane_faults(plane)))
    missing = [e.id for e in model.elements.values()
               if (e.type in EXTERNAL_LABEL or e.type == 'sequenceFlow' or e.type.endswith('Task')
                   or e.type in ('callActivity', 'subProcess')) and e.id not in drawn]
    return result, [('missing-di', m) for m in missing]


def main(argv):
    verbose = '-v' in argv
    files = [a for a in argv if not a.startswith('-')] or sorted(glob.glob('processes/**/*.bpmn', recursive=True))
    total = 0
    for f in files:
        model = Model(f)
        planes, missing = model_faults(model)
        for plane, faults in planes:
            x, y, w, h = plane.bounds()
            counts = {}
            for kind, _ in faults:
                counts[kind] = counts.get(kind, 0) + 1
            print('%-45s %-34s %5dx%-5d faults %3d %s' % (os.path.basename(f), plane.name, w, h, len(faults),
                                                        ' '.join('%s=%d' % kv for kv in sorted(counts.items()))))
            if verbose:
                for kind, what in faults:
                    print('    %s: %s' % (kind, what))
            total += len(faults)
        for kind, what in missing:
            print('    %s: %s' % (kind, what))
        total += len(missing)
    print('total faults: %d' % total)
    return 1 if total else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
