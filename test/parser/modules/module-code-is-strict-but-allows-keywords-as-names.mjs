// module code is strict: reserved words still serve as property names, import/export names and labels of IdentifierName
// RUN: %astdiff %s

import { let as letBinding, static as staticBinding } from './a.js';
const o = { let: 1, static: 2, yield: 3, await: 4, implements: 5 };
o.package;
export { letBinding as let, staticBinding as static };
