// Validates Kubernetes manifests against the Kubernetes API's schemas, with kubernetes-models
// (pinned in package.json): each document's apiVersion and kind pick its model, whose validate()
// checks it against the schema generated from the Kubernetes OpenAPI document (types, required
// fields, enums, formats). A document of a kind the models do not know fails too.
// Usage: node .ci/validate-kubernetes.cjs FILE...   Exit status 1 on any error.
const fs = require("fs");
const YAML = require("yaml");

function model(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : [null, apiVersion];
  const path = group ? `kubernetes-models/${group}/${version}/${kind}` : `kubernetes-models/${version}/${kind}`;
  try {
    return require(path)[kind];
  } catch (e) {
    return null;
  }
}

let errors = 0;
let checked = 0;
for (const file of process.argv.slice(2)) {
  for (const document of YAML.parseAllDocuments(fs.readFileSync(file, "utf8"))) {
    if (document.errors.length) {
      document.errors.forEach((e) => console.error(`${file}: ${e.message}`));
      errors++;
      continue;
    }
    const resource = document.toJS();
    if (resource == null) continue;
    const name = `${file}: ${resource.kind} ${resource.metadata && resource.metadata.name}`;
    const Model = model(String(resource.apiVersion), String(resource.kind));
    if (!Model) {
      console.error(`${name}: no schema for apiVersion ${resource.apiVersion}, kind ${resource.kind}`);
      errors++;
      continue;
    }
    try {
      new Model(resource).validate();
      checked++;
    } catch (e) {
      console.error(`${name}: ${e.message}`);
      errors++;
    }
  }
}
console.log(`kubernetes: ${checked} manifests valid, ${errors} invalid`);
process.exit(errors === 0 && checked > 0 ? 0 : 1);
