// Validates an unzipped data package (GET /api/v1/datapackage) with Frictionless' own JavaScript
// libraries, pinned in package.json: datapackage loads datapackage.json in strict mode (against the
// tabular-data-package profile, which checks each resource's Table Schema too), tableschema validates
// each resource's schema on its own, and every resource is read with its values cast to the schema's
// types and checked against its constraints (required, enum, primary key unique). The foreign-key
// relations are not checked (the package declares none).
// Usage: node .ci/validate-datapackage.cjs FOLDER   Exit status 1 on any error.
const path = require("path");
const { Package } = require("datapackage");
const tableschema = require("tableschema");

async function main(folder) {
  let dataPackage;
  try {
    dataPackage = await Package.load(path.join(folder, "datapackage.json"), { basePath: folder, strict: true });
  } catch (error) {
    console.error(`${folder}: datapackage.json is not a valid data package: ${error.message}`);
    (error.errors || []).forEach((e) => console.error(`  ${e.message}`));
    return 1;
  }
  if (!dataPackage.valid) {
    dataPackage.errors.forEach((e) => console.error(`${folder}: ${e.message}`));
    return 1;
  }
  console.log(`datapackage: ${dataPackage.descriptor.name} ${dataPackage.descriptor.version} `
    + `(profile ${dataPackage.descriptor.profile}) is valid; ${dataPackage.resources.length} resources`);
  let failures = 0;
  for (const resource of dataPackage.resources) {
    const { valid, errors } = await tableschema.validate(resource.descriptor.schema);
    if (!valid) {
      errors.forEach((e) => console.error(`${resource.name}: table schema: ${e.message}`));
      failures++;
      continue;
    }
    try {
      const rows = await resource.read({ relations: false, cast: true });
      const fields = resource.schema.fields.length;
      console.log(`  ${resource.name}: ${resource.descriptor.path}, ${fields} fields, ${rows.length} rows `
        + `cast to their types, primary key ${resource.schema.primaryKey.length ? resource.schema.primaryKey.join(", ") : "none"}: valid`);
    } catch (error) {
      console.error(`${resource.name}: ${error.message}`);
      (error.errors || []).slice(0, 10).forEach((e) => console.error(`  ${e.message}`));
      failures++;
    }
  }
  return failures === 0 ? 0 : 1;
}

main(process.argv[2]).then((status) => process.exit(status), (error) => {
  console.error(error);
  process.exit(1);
});
