// getOwnPropertyNames/Symbols and getOwnPropertyDescriptor(s) see non-enumerable properties too
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const s1 = Symbol('one'), s2 = Symbol.for('two');
const o = { z: 1, 1: 'a', [s1]: 2, get g() { return 3; }, set g(v) {} };
Object.defineProperty(o, 'hidden', { value: 4 });
o[s2] = 5;
console.log(Object.getOwnPropertyNames(o));
console.log(Object.getOwnPropertySymbols(o));
console.log(Object.getOwnPropertyDescriptor(o, 'z'));
console.log(Object.getOwnPropertyDescriptor(o, 'g'));
console.log(Object.getOwnPropertyDescriptor(o, 'missing'));
console.log(Object.getOwnPropertyDescriptor(o, 1), Object.getOwnPropertyDescriptor(o, s1));
console.log(Object.getOwnPropertyDescriptors(o));
console.log(Object.getOwnPropertyNames([1, 2]), Object.getOwnPropertyNames('ab'));
console.log(Object.getOwnPropertyDescriptor([7], 'length'), Object.getOwnPropertyDescriptor('xyz', 0));
console.log(Object.getOwnPropertyNames(function f(a) {}), Object.getOwnPropertyNames((a) => a), Object.getOwnPropertyNames({ m() {} }.m));
console.log(Object.getOwnPropertyDescriptor(function g() {}, 'caller'), (function () { 'use strict'; return Object.getOwnPropertyNames(function () {}); })());
console.log(Object.getOwnPropertyDescriptor(function f(a, b) {}, 'length'));
console.log(Object.getOwnPropertyDescriptor(function f() {}, 'name'));
class C { static s() {} m() {} get acc() { return 1; } }
console.log(Object.getOwnPropertyNames(C.prototype), Object.getOwnPropertyNames(C).sort());
console.log(Object.getOwnPropertyDescriptor(C.prototype, 'm'));
console.log(Object.getOwnPropertyDescriptor(C, 'prototype'));
console.log(Object.getOwnPropertyNames(5), Object.getOwnPropertyDescriptor('str', 'length'));
try { Object.getOwnPropertyNames(null); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.getOwnPropertyDescriptor(undefined, 'x'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.getOwnPropertySymbols(undefined); } catch (e) { console.log(e.name + ': ' + e.message); }
