// object rest in binding patterns, parameters and assignment patterns (where a member expression is allowed)
// RUN: %astdiff %s

const { a, ...rest } = source;
let { b: { c }, ...others } = source;
function f({ x, ...remaining }) {}
const g = ({ ...all }) => all;
({ a, ...target.property } = source);
({ ...rest } = source);
for (const { k, ...v } of list) {}
try {} catch ({ message, ...details }) {}
