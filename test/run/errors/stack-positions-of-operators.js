// An error made by code that an operator runs (valueOf, toString) shows the operation's frame at
// the position V8 gives it: a binary or unary operator at the operator, a compound assignment at
// its right operand, a computed member read at its '[' and a computed store at its '='. call and
// apply add no frame of their own, and Error.captureStackTrace(o, f) outside f records no frames.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
const f = () => new Error('v').stack.split('\n')[3].split(':').slice(-2).join(':');
let r;
const bad = { valueOf() { r = f(); return 1; }, toString() { r = f(); return 'x'; } };
function t1() { return bad + 1; }
t1(); console.log('binary', r);
function t2() { let a = 1; a += bad; return a; }
t2(); console.log('compound', r);
function t3() { return `a${bad}b`; }
function t4() { return { [bad]: 1 }; }
t4(); console.log('computed key', r);
function t5() { return bad < 2; }
t5(); console.log('less', r);
function t6() { return -bad; }
t6(); console.log('negate', r);
function t7() { return 'p' + bad; }
t7(); console.log('concat', r);
function t8(o) { return o[bad]; }
t8({}); console.log('member key', r);
function a(o, k) { return o[k]; }
try { a(null, 'z'); } catch (e) { console.log(e.stack.split('\n')[1]); }
function b(o) { return o  [ 'lit' ]; }
try { b(undefined); } catch (e) { console.log(e.stack.split('\n')[1]); }
function c(o) { o[1] = 2; }
try { c(null); } catch (e) { console.log(e.stack.split('\n')[1]); }
function d(o) { return o.p.q; }
try { d({}); } catch (e) { console.log(e.stack.split('\n')[1]); }
function viaCall() { return new Error('c').stack.split('\n').slice(1, 3).map((l) => l.trim().split(' (')[0]); }
console.log(viaCall.call(null), viaCall.apply(null, []));
const target = {};
function notRunning() {}
Error.captureStackTrace(target, notRunning);
console.log(JSON.stringify(target.stack));
