// Sloppy-mode `delete name`: declared bindings cannot be deleted (false); an undeclared name is a
// global object property and is deleted like one (true, also when it does not exist).
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
var a = 1;
let b = 2;
function f() {}
globalThis.g = 3;
console.log(delete a, delete b, delete f, delete g, typeof g, delete notThere);
console.log(a, b, typeof f);
