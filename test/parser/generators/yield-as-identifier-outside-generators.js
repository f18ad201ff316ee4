// in sloppy code outside generators 'yield' is an ordinary identifier
// RUN: %astdiff %s

var yield = 1;
yield: for (;;) break yield;
function f(yield) { return yield * 2; }
function* g() { function inner() { var yield; } }
