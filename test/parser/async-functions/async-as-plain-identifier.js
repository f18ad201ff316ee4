// outside the async prefix, 'async' is an ordinary identifier: variable, call, parameter, property, arrow parameter
// RUN: %astdiff %s

var async = 1;
async(1, 2);
async = async + 1;
function f(async) { return async; }
const o = { async: 1, async() {}, get async() { return 1; } };
const g = async => async;
async.property;
async[0];
async
`template`;
