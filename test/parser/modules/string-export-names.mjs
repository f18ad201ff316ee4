// string literals as module export names (arbitrary module namespace names) in imports, exports and re-exports
// RUN: %astdiff %s

import { "x" as y } from './a.js';
import { "default" as z, "with space" as w } from './b.js';
export { "a b" as c } from './c.js';
export { x as "string name" } from './d.js';
export { "quoted" } from './e.js';
export * as "ns name" from './f.js';
const local = 1;
export { local as "local name", local as "☃" };
