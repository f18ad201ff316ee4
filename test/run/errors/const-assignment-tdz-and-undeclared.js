// Assignments to constants, reads of let/const/class bindings before their declaration (TDZ), and
// undeclared variables.
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
t(() => { const c = 1; c = 2; });
t(() => { const c = 1; c++; });
t(() => { const c = 1; c += 1; });
t(() => { const c = {}; ({ c } = {}); });
t(() => { for (const i = 0; i < 2; i++) {} });
t(() => { x; let x = 1; });
t(() => { typeof x; let x; });
t(() => { x = 1; let x; });
t(() => { new C(); class C {} });
t(() => { class A extends B {} class B {} });
t(() => { f(); const f = () => 1; });
t(() => undeclared);
t(() => undeclared.x);
t(() => undeclared());
t(() => { 'use strict'; undeclaredToo = 1; });
