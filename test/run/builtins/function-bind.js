// Function.prototype.bind: bound this, partial arguments, name, length and construction
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function add(a, b, c) { return [this && this.base, a, b, c]; }
const bound = add.bind({ base: 10 }, 1);
console.log(bound(2, 3), bound.name, bound.length, typeof bound, bound.hasOwnProperty('prototype'));
const twice = bound.bind({ base: 99 }, 2);
console.log(twice(3), twice.name, twice.length);
console.log(add.bind(null, 1, 2, 3, 4).length, add.bind().length, add.bind(null).name);
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.sum = function () { return this.x + this.y; };
const P5 = Point.bind(null, 5);
const p = new P5(7);
console.log(p.sum(), p instanceof Point, p instanceof P5, p.constructor === Point);
console.log(Object.getOwnPropertyDescriptor(bound, 'name'), Object.getOwnPropertyDescriptor(bound, 'length'));
const anon = (() => function () {})();
console.log(anon.bind().name === 'bound ', (() => {}).bind().name);
const named = { method() { return this; } }.method.bind('x');
console.log(named.name, typeof named());
Object.defineProperty(add, 'name', { value: 42 });
console.log(JSON.stringify(add.bind().name));
Object.defineProperty(add, 'length', { value: -5 });
console.log(add.bind().length);
Object.defineProperty(add, 'length', { value: 2.7 });
console.log(add.bind().length, add.bind(null, 1).length);
Object.defineProperty(add, 'length', { value: Infinity });
console.log(add.bind(null, 1).length);
console.log(bound, String(bound));
try { Function.prototype.bind.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Function.prototype.bind.call(5); } catch (e) { console.log(e.name + ': ' + e.message); }
const arrow = (() => 1).bind(null);
try { new arrow(); } catch (e) { console.log(e.name + ': ' + e.message); }
