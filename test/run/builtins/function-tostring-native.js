// Function.prototype.toString of built-in, bound and user functions; Function.prototype itself
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(Math.max.toString());
console.log(String(Object), String(Array.prototype.push), '' + parseInt);
console.log(Function.prototype.toString.call(Function.prototype));
console.log(String(function () {}.bind(null)), String(Math.min.bind(null)));
console.log(Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').get.toString());
console.log(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.toString());
console.log(String(Symbol), String(WeakMap), String(JSON.stringify));
console.log(typeof Function.prototype, Function.prototype(), Function.prototype.name === '', Function.prototype.length);
try { Function.prototype.toString.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Function.prototype.toString.call(1); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Math.max.name, Math.max.length, Array.prototype.push.length, Object.assign.name);
console.log(Object.prototype.toString.call(Math.max), typeof Math.max, Math.max instanceof Function);
try { new Math.max(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new (Array.prototype.map)(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Math.max.hasOwnProperty('prototype'), Array.hasOwnProperty('prototype'));
console.log(Function.prototype, Object.prototype.toString.call(Function.prototype), Function.prototype.bind(null)());
console.log(Object.prototype, [Object.prototype]);
