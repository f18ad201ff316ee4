// binding patterns in declarations, parameters and catch clauses, with holes, defaults, nesting and rest
// RUN: %astdiff %s

const [a, , b = 1, ...c] = x;
const { d, e: { f }, g: [h] = [], ...i } = x;
function fn([a], { b }, c = 1, ...[d]) {}
function rest(...{ length }) {}
try {} catch ({ message }) {}
try {} catch ([first]) {}
let [] = x, {} = y;
