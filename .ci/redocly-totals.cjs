// Reads the JSON report of `redocly lint --format=json`, prints each problem and the totals, and
// fails on any error or warning: Redocly itself exits 0 when it finds only warnings.
const fs = require("fs");
const report = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
for (const problem of report.problems) {
  const where = (problem.location || []).map((l) => l.pointer).join(", ");
  console.log(`${problem.severity} ${problem.ruleId}: ${problem.message} (${where})`);
}
const { errors, warnings } = report.totals;
console.log(`redocly lint: ${errors} errors, ${warnings} warnings`);
process.exit(errors + warnings === 0 ? 0 : 1);
