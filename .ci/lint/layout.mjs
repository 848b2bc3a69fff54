// Adds diagram layout (BPMN DI) to a model written without one, so it opens in Camunda Modeler:
//   node .ci/lint/layout.mjs processes/area/model.bpmn
// Used once when a model is first written; afterwards analysts move shapes in Modeler.
import { readFileSync, writeFileSync } from 'node:fs';
import { layoutProcess } from 'bpmn-auto-layout';
import { BpmnModdle } from 'bpmn-moddle';
import { laneLayout } from './lane-layout.mjs';

for (const file of process.argv.slice(2)) {
  // any earlier layout is dropped: this is for models not yet laid out by hand
  const xml = readFileSync(file, 'utf8').replace(/<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/, '');
  // swimlanes (a collaboration): our own layered layout; otherwise bpmn-auto-layout
  const laidOut = xml.includes('<bpmn:collaboration') ? await laneLayout(xml) : await drillDownPlanes(await layoutProcess(xml));
  writeFileSync(file, laidOut);
  console.log('laid out', file);
}

// bpmn-auto-layout 1.3 draws sub-processes collapsed but puts their contents on the root plane,
// on top of the main flow. Modeler expects each collapsed sub-process's contents on a plane of its
// own (the drill-down view), so move them there.
async function drillDownPlanes(xml) {
  const moddle = new BpmnModdle();
  const { rootElement: definitions } = await moddle.fromXML(xml);
  const root = definitions.diagrams[0].plane;
  const planes = new Map();
  const keep = [];
  for (const di of root.planeElement) {
    const owner = di.bpmnElement.$parent;
    if (owner && owner.$type === 'bpmn:SubProcess') {
      if (!planes.has(owner)) {
        const plane = moddle.create('bpmndi:BPMNPlane', { id: `BPMNPlane_${owner.id}`, bpmnElement: owner, planeElement: [] });
        definitions.diagrams.push(moddle.create('bpmndi:BPMNDiagram', { id: `BPMNDiagram_${owner.id}`, plane }));
        planes.set(owner, plane);
      }
      planes.get(owner).planeElement.push(di);
    } else {
      keep.push(di);
    }
  }
  root.planeElement = keep;
  for (const diagram of definitions.diagrams) {
    spreadBoundaryEvents(diagram.plane.planeElement);
  }
  const { xml: result } = await moddle.toXML(definitions, { format: true });
  return result;
}

// bpmn-auto-layout puts every boundary event of an activity at the same spot: spread them along the
// bottom edge of their host, right to left.
function spreadBoundaryEvents(shapes) {
  const byHost = new Map();
  for (const di of shapes) {
    const el = di.bpmnElement;
    if (el.$type === 'bpmn:BoundaryEvent') {
      byHost.set(el.attachedToRef, [...(byHost.get(el.attachedToRef) || []), di]);
    }
  }
  for (const [host, events] of byHost) {
    const hostDi = shapes.find((di) => di.bpmnElement === host);
    if (!hostDi || events.length < 2) continue;
    events.forEach((di, k) => {
      const oldX = di.bounds.x + di.bounds.width / 2;
      di.bounds.x = hostDi.bounds.x + hostDi.bounds.width - 46 - 40 * k;
      di.bounds.y = hostDi.bounds.y + hostDi.bounds.height - 18;
      di.label = undefined;
      const newX = di.bounds.x + di.bounds.width / 2;
      for (const edge of shapes.filter((e) => e.waypoint && e.bpmnElement.sourceRef === di.bpmnElement)) {
        edge.waypoint.filter((w) => w.x === oldX).forEach((w) => { w.x = newX; });
      }
    });
  }
}
