// "use strict" directives in simple-parameter functions, after other directives, and in either quote style
// RUN: %astdiff %s

function f(a, b) { "use strict"; return a + b; }
function g() { 'use strict'; }
function h() { "another directive"; "use strict"; }
const arrow = (a) => { "use strict"; };
const o = { method(a) { "use strict"; } };
