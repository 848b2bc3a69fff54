// Adds diagram layout (BPMN DI) to a model written without one, so it opens in Camunda Modeler:
//   node .ci/lint/layout.mjs processes/area/model.bpmn
// Used once when a model is first written; afterwards analysts move shapes in Modeler.
import { readFileSync, writeFileSync } from 'node:fs';
import { layoutProcess } from 'bpmn-auto-layout';

for (const file of process.argv.slice(2)) {
  // any earlier layout is dropped: this is for models not yet laid out by hand
  const xml = readFileSync(file, 'utf8').replace(/<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/, '');
  const laidOut = await layoutProcess(xml);
  writeFileSync(file, laidOut);
  console.log('laid out', file);
}
