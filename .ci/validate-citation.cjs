// Validates a CITATION.cff against the Citation File Format 1.2.0 JSON Schema with cffjs (pinned in
// package.json), which checks it with Ajv and ajv-formats; a cff-version other than 1.2.0 is refused here
// first, since cffjs would validate such a file as 1.2.0.
// Usage: node .ci/validate-citation.cjs FILE   Exit status 1 on any error.
const file = process.argv[2];
import("cffjs").then(({ readCFF, validateCFF }) => {
  const cff = readCFF(file);
  if (cff["cff-version"] !== "1.2.0") {
    throw new Error(`cff-version is ${JSON.stringify(cff["cff-version"])}, not "1.2.0"`);
  }
  validateCFF(cff);
  console.log(`${file}: valid CFF ${cff["cff-version"]}: ${cff.type} "${cff.title}" ${cff.version}, `
    + `released ${cff["date-released"]}, license ${cff.license}, ${cff.authors.length} author(s)`);
}).catch((error) => {
  // cffjs puts Ajv's errors after the first line, as JSON: one line each, without the long enum lists
  const [headline, details] = error.message.split("\n", 2);
  console.error(`${file}: ${headline}`);
  if (details) {
    JSON.parse(details).forEach((e) => console.error(`  ${e.instancePath || "/"}: ${e.message}`));
  }
  process.exit(1);
});
