// Layered layout for a process drawn in swimlanes (one lane per agency), which bpmn-auto-layout
// cannot do: columns follow the flow (longest path from the start, loops ignored), each element sits
// in its lane's band, collapsed sub-processes get their own drill-down plane laid out the same way.
// Used by layout.mjs for models with a collaboration; analysts refine the result in Modeler.
import { BpmnModdle } from 'bpmn-moddle';

const COL_W = 170;
const ROW_H = 130;
const HEADER = 30;
const LEFT = 60;
const SIZE = {
  'bpmn:ExclusiveGateway': [50, 50], 'bpmn:ParallelGateway': [50, 50],
  'bpmn:StartEvent': [36, 36], 'bpmn:EndEvent': [36, 36],
  'bpmn:IntermediateCatchEvent': [36, 36], 'bpmn:IntermediateThrowEvent': [36, 36],
  'bpmn:BoundaryEvent': [36, 36],
};
const size = (el) => SIZE[el.$type] || [100, 80];

export async function laneLayout(xml) {
  const moddle = new BpmnModdle();
  const { rootElement: definitions } = await moddle.fromXML(xml);
  const collaboration = definitions.rootElements.find((e) => e.$type === 'bpmn:Collaboration');
  const participant = collaboration.participants[0];
  const process = participant.processRef;
  const lanes = (process.laneSets && process.laneSets[0] && process.laneSets[0].lanes) || [];
  const laneOf = new Map();
  lanes.forEach((lane, i) => (lane.flowNodeRef || []).forEach((node) => laneOf.set(node, i)));

  definitions.diagrams = [];
  const rootPlane = plane(moddle, definitions, collaboration);
  const placed = place(process.flowElements || [], laneOf, Math.max(lanes.length, 1), HEADER + LEFT, 0);
  const width = placed.width + HEADER + LEFT;
  rootPlane.planeElement.push(shape(moddle, participant, { x: 0, y: 0, width, height: placed.height }, true));
  lanes.forEach((lane, i) => rootPlane.planeElement.push(shape(moddle, lane,
    { x: HEADER, y: placed.bands[i].top, width: width - HEADER, height: placed.bands[i].height }, true)));
  rootPlane.planeElement.push(...placed.dis(moddle));
  for (const sub of subProcesses(process.flowElements)) {
    layoutSubProcess(moddle, definitions, sub);
  }
  const { xml: result } = await moddle.toXML(definitions, { format: true });
  return result;
}

function layoutSubProcess(moddle, definitions, sub) {
  const subPlane = plane(moddle, definitions, sub);
  const placed = place(sub.flowElements || [], new Map(), 1, LEFT, 0);
  subPlane.planeElement.push(...placed.dis(moddle));
  for (const inner of subProcesses(sub.flowElements)) {
    layoutSubProcess(moddle, definitions, inner);
  }
}

function subProcesses(elements) {
  return (elements || []).filter((e) => e.$type === 'bpmn:SubProcess');
}

function plane(moddle, definitions, element) {
  const p = moddle.create('bpmndi:BPMNPlane', { id: `BPMNPlane_${element.id}`, bpmnElement: element, planeElement: [] });
  definitions.diagrams.push(moddle.create('bpmndi:BPMNDiagram', { id: `BPMNDiagram_${element.id}`, plane: p }));
  return p;
}

function shape(moddle, element, b, horizontal) {
  const attrs = { id: `${element.id}_di`, bpmnElement: element, bounds: moddle.create('dc:Bounds', b) };
  if (horizontal) attrs.isHorizontal = true;
  if (element.$type === 'bpmn:SubProcess') attrs.isExpanded = false;
  if (element.$type === 'bpmn:ExclusiveGateway') attrs.isMarkerVisible = true;
  return moddle.create('bpmndi:BPMNShape', attrs);
}

function place(elements, laneOf, laneCount, left, top) {
  const nodes = elements.filter((e) => e.$type !== 'bpmn:SequenceFlow' && e.$type !== 'bpmn:BoundaryEvent'
    && e.$type !== 'bpmn:DataObject' && e.$type !== 'bpmn:DataObjectReference');
  const flows = elements.filter((e) => e.$type === 'bpmn:SequenceFlow');
  const boundaries = elements.filter((e) => e.$type === 'bpmn:BoundaryEvent');
  const host = (n) => (n.$type === 'bpmn:BoundaryEvent' ? n.attachedToRef : n);
  const next = new Map(nodes.map((n) => [n, []]));
  for (const f of flows) {
    const from = host(f.sourceRef);
    if (next.has(from) && next.has(f.targetRef)) next.get(from).push(f.targetRef);
  }
  // columns: longest path from the starts over the graph without its back edges
  const incoming = new Map(nodes.map((n) => [n, 0]));
  flows.forEach((f) => incoming.has(f.targetRef) && incoming.set(f.targetRef, incoming.get(f.targetRef) + 1));
  const starts = nodes.filter((n) => n.$type === 'bpmn:StartEvent' || incoming.get(n) === 0);
  const back = new Set();
  const state = new Map();
  const dfs = (n) => {
    state.set(n, 1);
    for (const m of next.get(n)) {
      if (state.get(m) === 1) back.add(`${n.id}>${m.id}`);
      else if (!state.has(m)) dfs(m);
    }
    state.set(n, 2);
  };
  starts.forEach((s) => !state.has(s) && dfs(s));
  nodes.forEach((n) => !state.has(n) && dfs(n));
  const col = new Map(nodes.map((n) => [n, 0]));
  const order = [];
  const seen = new Set();
  const topo = (n) => {
    seen.add(n);
    next.get(n).filter((m) => !back.has(`${n.id}>${m.id}`) && !seen.has(m)).forEach(topo);
    order.unshift(n);
  };
  starts.forEach((s) => !seen.has(s) && topo(s));
  nodes.forEach((n) => !seen.has(n) && topo(n));
  for (const n of order) {
    for (const m of next.get(n)) {
      if (!back.has(`${n.id}>${m.id}`)) col.set(m, Math.max(col.get(m), col.get(n) + 1));
    }
  }
  // rows: first free row of the element's lane in its column, preferring its predecessor's row
  const used = new Map();
  const row = new Map();
  const laneIndex = (n) => (laneOf.has(n) ? laneOf.get(n) : 0);
  for (const n of [...order].sort((a, b) => col.get(a) - col.get(b))) {
    const lane = laneIndex(n);
    const preds = flows.filter((f) => f.targetRef === n && row.has(host(f.sourceRef)) && laneIndex(host(f.sourceRef)) === lane);
    let r = preds.length ? row.get(host(preds[0].sourceRef)) : 0;
    const key = (rr) => `${lane}:${col.get(n)}:${rr}`;
    while (used.has(key(r))) r += 1;
    used.set(key(r), n);
    row.set(n, r);
  }
  const rowsOfLane = Array.from({ length: laneCount }, () => 1);
  nodes.forEach((n) => { rowsOfLane[laneIndex(n)] = Math.max(rowsOfLane[laneIndex(n)], row.get(n) + 1); });
  const bands = [];
  let y = top;
  for (let i = 0; i < laneCount; i++) {
    bands.push({ top: y, height: rowsOfLane[i] * ROW_H });
    y += rowsOfLane[i] * ROW_H;
  }
  const bounds = new Map();
  let maxCol = 0;
  for (const n of nodes) {
    const [w, h] = size(n);
    const c = col.get(n);
    maxCol = Math.max(maxCol, c);
    bounds.set(n, { x: left + c * COL_W + (COL_W - w) / 2, y: bands[laneIndex(n)].top + row.get(n) * ROW_H + (ROW_H - h) / 2, width: w, height: h });
  }
  const onHost = new Map();
  for (const b of boundaries) {
    const hb = bounds.get(b.attachedToRef);
    if (!hb) continue;
    const k = onHost.get(b.attachedToRef) || 0;
    onHost.set(b.attachedToRef, k + 1);
    bounds.set(b, { x: hb.x + hb.width - 46 - 40 * k, y: hb.y + hb.height - 18, width: 36, height: 36 });
  }
  const width = (maxCol + 1) * COL_W + 40;
  return {
    width, height: y - top, bands,
    dis(moddle) {
      const out = [];
      for (const [el, b] of bounds) out.push(shape(moddle, el, b, false));
      for (const f of flows) {
        const s = bounds.get(f.sourceRef);
        const t = bounds.get(f.targetRef);
        if (!s || !t) continue;
        out.push(moddle.create('bpmndi:BPMNEdge', {
          id: `${f.id}_di`, bpmnElement: f,
          waypoint: route(f.sourceRef.$type === 'bpmn:BoundaryEvent', s, t).map((p) => moddle.create('dc:Point', p)),
        }));
      }
      return out;
    },
  };
}

function route(fromBoundary, s, t) {
  const sy = s.y + s.height / 2;
  const ty = t.y + t.height / 2;
  if (fromBoundary) {
    const sx = s.x + s.width / 2;
    const low = s.y + s.height + 20;
    if (ty >= low) return [{ x: sx, y: s.y + s.height }, { x: sx, y: ty }, { x: t.x, y: ty }].map(round);
    // the target sits in the host's row: under both labels, then up into it, so the flow ends on it
    const tx = t.x + t.width / 2;
    const under = Math.max(s.y + s.height + 45, t.y + t.height + 35);
    return [{ x: sx, y: s.y + s.height }, { x: sx, y: under }, { x: tx, y: under }, { x: tx, y: t.y + t.height }]
      .map(round);
  }
  const sx = s.x + s.width;
  const tx = t.x;
  if (tx > sx) {
    if (Math.abs(sy - ty) < 1) return [{ x: sx, y: sy }, { x: tx, y: ty }].map(round);
    const mx = sx + 20;
    return [{ x: sx, y: sy }, { x: mx, y: sy }, { x: mx, y: ty }, { x: tx, y: ty }].map(round);
  }
  // back to an earlier column: below both, then up into the target from the left
  const below = Math.max(s.y + s.height, t.y + t.height) + 25;
  return [{ x: s.x + s.width / 2, y: s.y + s.height }, { x: s.x + s.width / 2, y: below }, { x: tx - 20, y: below },
    { x: tx - 20, y: ty }, { x: tx, y: ty }].map(round);
}

function round(p) {
  return { x: Math.round(p.x), y: Math.round(p.y) };
}
