import { allLocales } from './faker/package/dist/index.js';
const first = new Map(), last = new Map();
const latin = /^[A-Za-zÀ-ÿĀ-žȘșȚț' .-]+$/;
for (const [code, loc] of Object.entries(allLocales)) {
  const p = loc.person; if (!p) continue;
  const add = (m, v) => { if (typeof v === 'string' && latin.test(v)) { if (!m.has(v)) m.set(v, new Set()); m.get(v).add(code); } };
  const fn = p.first_name; const ln = p.last_name;
  const walk = (x, m) => { if (!x) return; if (Array.isArray(x)) x.forEach(v => walk(v, m)); else if (typeof x === 'object') Object.values(x).forEach(v => walk(v, m)); else add(m, x); };
  walk(fn, first); walk(ln, last);
}
console.log(JSON.stringify({first: [...first.keys()], last: [...last.keys()]}));
