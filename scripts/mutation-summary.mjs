// Summarises Stryker's JSON report (reports/mutation/mutation.json, written by `npm run mutate`)
// per directory of src/, the way MUTATION.md and the README quote it. The score is Stryker's:
// (killed + timed out) / (killed + timed out + survived + no coverage); ignored, compile-error and
// runtime-error mutants are left out of both sides, as Stryker does.
//
//   node scripts/mutation-summary.mjs [path/to/mutation.json]
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'reports/mutation/mutation.json';
const report = JSON.parse(readFileSync(file, 'utf8'));

const empty = () => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0 });
const keyOf = { Killed: 'killed', Timeout: 'timeout', Survived: 'survived', NoCoverage: 'noCoverage' };
const groups = new Map();
const all = empty();
const withoutTesting = empty();

for (const [path, { mutants }] of Object.entries(report.files)) {
  const dir = path.split('/').slice(0, 2).join('/');
  if (!groups.has(dir)) groups.set(dir, empty());
  for (const { status } of mutants) {
    const key = keyOf[status];
    if (key === undefined) continue;
    groups.get(dir)[key]++;
    all[key]++;
    if (dir !== 'src/testing') withoutTesting[key]++;
  }
}

const score = (c) => {
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  return valid === 0 ? 'n/a' : `${((100 * (c.killed + c.timeout)) / valid).toFixed(2)} %`;
};
const row = (name, c) =>
  `| ${name} | ${score(c)} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} |`;

console.log('| Scope | Score | Killed | Timed out | Survived | No coverage |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const dir of [...groups.keys()].sort()) console.log(row(`\`${dir}/\``, groups.get(dir)));
console.log(row('**src/ without src/testing/**', withoutTesting));
console.log(row('**src/ (all mutated files)**', all));
