// A frame's position is the call's as V8 reports it: the callee's name for f() and o.f(), the '('
// of the arguments for any other callee (parenthesized, computed, optional call, a call's result).
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
function t() { const l = new Error('x').stack.split('\n')[2]; return l.slice(l.indexOf('.js:') + 4, -1); }
function mk() { return t; }
const o = { t, k: 't' };
console.log(  (function () { return t(); })()  );
console.log(  mk()()  );
console.log(  (0, t)()  );
console.log(  o['t']()  );
console.log(  o[o.k]()  );
console.log(  o?.t()  );
console.log(  t?.()  );
console.log(  (t)()  );
console.log(  new (mk())().constructor === Object  );
console.log(  o.t  ()  );
console.log(  t  ()  );
