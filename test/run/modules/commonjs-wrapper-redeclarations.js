// `var` of a wrapper binding's name is the wrapper's binding (it keeps its value until assigned);
// a function declaration of the name replaces the value from the start, as hoisting does.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
console.log(typeof module, typeof exports, typeof __filename);
var module;
console.log(typeof module, module.id);
var exports = 3;
console.log(exports);
function __filename() {}
console.log(typeof __filename);
