// console.log shows an arguments object the way node does, mapped or not.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function plain() { console.log(arguments); }
plain();
plain(1, 2);
plain('x', { y: [1, 2] }, undefined);
function mapped(a, b) { a = 'changed'; console.log(arguments); return arguments; }
const args = mapped(1, 2, 3);
console.log([args], { args });
function strict() { 'use strict'; console.log(arguments); }
strict(1);
console.log(Object.prototype.toString.call(args), String(args), JSON.stringify(args));
