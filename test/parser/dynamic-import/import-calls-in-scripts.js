// import() is an expression in scripts as well as modules
// RUN: %astdiff %s

import('./module.js');
const p = import(specifier);
import(`./${name}.js`).then(m => m.default);
async function f() { const m = await import('x'); }
if (cond) import('y');
import(a ? 'b' : 'c');
import('z').catch(() => {});
