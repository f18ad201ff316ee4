// Unbounded recursion through calls, getters and built-ins that call back is node's RangeError
// "Maximum call stack size exceeded", which can be caught.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function t(f) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
t(() => { function f() { f(); } f(); });
t(() => { function g(n) { return g(n + 1) + 1; } g(0); });
t(() => { const o = { get x() { return this.x; } }; o.x; });
t(() => { const o = { toString() { return String(this); } }; String(o); });
function depth(n) { try { return depth(n + 1); } catch (e) { return n > 1000; } }
console.log(depth(0));
