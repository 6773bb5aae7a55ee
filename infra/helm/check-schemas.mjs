// Checks every object of rendered Helm output against the Kubernetes OpenAPI schemas, as `kubeconform` would, with
// the validators the npm packages kubernetes-models (the Kubernetes API) and @kubernetes-models/prometheus-operator
// (ServiceMonitor) ship. .ci/image.sh installs them and runs this on bot/target/helm/*.yaml (HelmChartTests renders).
//
//   node infra/helm/check-schemas.mjs FILE.yaml...
//
// Like kubeconform without -strict, fields the schema does not know are not reported (Kubernetes' OpenAPI allows
// them); types, required fields, enums and formats are.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

// API groups served by a package other than kubernetes-models.
const packages = { 'monitoring.coreos.com': '@kubernetes-models/prometheus-operator' };

async function modelFor(apiVersion, kind) {
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  const module = `${packages[group] ?? 'kubernetes-models'}/${apiVersion}/${kind}`;
  const model = (await import(module))[kind];
  if (!model) {
    throw new Error(`${module} has no model ${kind}`);
  }
  return model;
}

let objects = 0;
let invalid = 0;
for (const file of process.argv.slice(2)) {
  for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
    const object = document.toJS();
    if (!object) {
      continue;
    }
    objects++;
    const name = `${file}: ${object.kind} ${object.metadata?.name}`;
    try {
      const Model = await modelFor(object.apiVersion, object.kind);
      new Model(object).validate();
      console.log(`valid    ${name} (${object.apiVersion})`);
    } catch (error) {
      invalid++;
      console.log(`INVALID  ${name} (${object.apiVersion}): ${error.message}`);
    }
  }
}
console.log(`Kubernetes schemas: ${objects - invalid} of ${objects} objects valid`);
process.exit(objects > 0 && invalid === 0 ? 0 : 1);
