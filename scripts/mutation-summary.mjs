// Summarises Stryker's JSON report (reports/mutation/mutation.json, written by `npm run mutate`)
// per directory of src/, the way MUTATION.md and the README quote it. The score is Stryker's:
// (killed + timed out) / (killed + timed out + survived + no coverage); ignored, compile-error and
// runtime-error mutants are left out of both sides, as Stryker does. Mutants switched off by a
// `// Stryker disable` comment (marked equivalent, each with its reason in the source) are counted
// in their own column, and the last row shows the score as if every one of them had survived.
//
//   node scripts/mutation-summary.mjs [path/to/mutation.json]
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'reports/mutation/mutation.json';
const report = JSON.parse(readFileSync(file, 'utf8'));

const empty = () => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, marked: 0 });
const keyOf = { Killed: 'killed', Timeout: 'timeout', Survived: 'survived', NoCoverage: 'noCoverage' };
const groups = new Map();
const all = empty();
const withoutTesting = empty();

for (const [path, { mutants }] of Object.entries(report.files)) {
  // A file directly in src/ (src/events.ts) counts under its own row, `src/*.ts`.
  const parts = path.split('/');
  const dir = parts.length > 2 ? `${parts.slice(0, 2).join('/')}/` : `${parts[0]}/*.ts`;
  if (!groups.has(dir)) groups.set(dir, empty());
  for (const { status, statusReason } of mutants) {
    const marked = status === 'Ignored' && !/^Static mutant/.test(statusReason ?? '');
    const key = marked ? 'marked' : keyOf[status];
    if (key === undefined) continue;
    groups.get(dir)[key]++;
    all[key]++;
    if (dir !== 'src/testing/') withoutTesting[key]++;
  }
}

const score = (c, strict = false) => {
  const valid = c.killed + c.timeout + c.survived + c.noCoverage + (strict ? c.marked : 0);
  return valid === 0 ? 'n/a' : `${((100 * (c.killed + c.timeout)) / valid).toFixed(2)} %`;
};
const row = (name, c, strict = false) =>
  `| ${name} | ${score(c, strict)} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${c.marked} |`;

console.log('| Scope | Score | Killed | Timed out | Survived | No coverage | Marked equivalent |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const dir of [...groups.keys()].sort()) console.log(row(`\`${dir}\``, groups.get(dir)));
console.log(row('**src/ without src/testing/**', withoutTesting));
console.log(row('**src/ (all mutated files)**', all));
console.log(row('src/, marked mutants counted as survived', all, true));
