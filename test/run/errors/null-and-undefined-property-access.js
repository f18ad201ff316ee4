// Reading, writing and deleting properties of undefined and null through every syntax, in strict
// code: "Cannot read properties of null (reading 'x')" and its siblings.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
'use strict';

function t(f) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
var n = null, u, o = { a: null }, k = 'key', s = Symbol('desc');
t(() => n.x);
t(() => u.x);
t(() => n[k]);
t(() => u[0]);
t(() => o.a.b);
t(() => o.b.c);
t(() => n[s]);
t(() => { n.x = 1; });
t(() => { u[k] = 1; });
t(() => { o.a.b = 1; });
t(() => { o.b[0] = 1; });
t(() => { n.x += 1; });
t(() => { n.x++; });
t(() => { ++u[k]; });
t(() => { delete n.x; });
t(() => { delete u[k]; });
t(() => n.x.y);
t(() => n.x());
t(() => u[k]());
t(() => { o.a.b ||= 1; });
t(() => { o.a.b ??= 1; });
t(() => n?.x.y);
t(() => o.a?.b.c);
t(() => o.b.c?.d);
t(() => { const { a } = n.x; });
