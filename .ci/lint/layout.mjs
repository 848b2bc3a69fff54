// Adds diagram layout (BPMN DI) to a model written without one, so it opens in Camunda Modeler:
//   node .ci/lint/layout.mjs processes/area/model.bpmn
// Used once when a model is first written; afterwards analysts move shapes in Modeler.
import { readFileSync, writeFileSync } from 'node:fs';
import { layoutProcess } from 'bpmn-auto-layout';
import { BpmnModdle } from 'bpmn-moddle';

for (const file of process.argv.slice(2)) {
  // any earlier layout is dropped: this is for models not yet laid out by hand
  const xml = readFileSync(file, 'utf8').replace(/<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/, '');
  const laidOut = await layoutProcess(xml);
  writeFileSync(file, await drillDownPlanes(laidOut));
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
  const { xml: result } = await moddle.toXML(definitions, { format: true });
  return result;
}
