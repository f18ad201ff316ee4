// Function.prototype is a function; its arguments/caller accessors throw; function name and length properties
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const d = Object.getOwnPropertyDescriptor(Function.prototype, 'caller');
console.log(typeof d.get, d.get === d.set, d.enumerable, d.configurable, d.get.name === '', d.get.length, Object.isExtensible(d.get));
try { d.get(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { (() => 1).caller; } catch (e) { console.log(e.name + ': ' + e.message); }
try { (function () { 'use strict'; }).arguments; } catch (e) { console.log(e.name + ': ' + e.message); }
try { class A {} A.caller; } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(typeof Function.prototype, Function.prototype(), Function.prototype(1, 2), Object.getPrototypeOf(Function.prototype) === Object.prototype);
console.log((function (a, b = 1, ...c) {}).length, ((a, b) => {}).length, (function (...r) {}).length, (function ({ a }, [b]) {}).length);
console.log((function named() {}).name, (() => {}).name, (class K {}).name, ({ m() {} }).m.name, ({ get g() { return 1; } }, 'x'));
const anon = [function () {}][0];
console.log(JSON.stringify(anon.name), Object.getOwnPropertyDescriptor(anon, 'name'), Object.getOwnPropertyDescriptor((x) => x, 'length'));
const f = function () {};
console.log(f.name, Object.getOwnPropertyDescriptor(f, 'prototype'), f.prototype.constructor === f, Object.keys(f.prototype));
console.log((() => 1).prototype, ({ m() {} }).m.prototype, Object.getOwnPropertyNames(class { static s() {} }).sort());
try { new (() => 1)(); } catch (e) { console.log(e.name + ': ' + e.message); }
