// Well-known symbols drive the language: iterator, toPrimitive, hasInstance, toStringTag
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const range = { from: 1, to: 4, [Symbol.iterator]() { let i = this.from; const to = this.to; return { next: () => (i <= to ? { value: i++, done: false } : { value: undefined, done: true }) }; } };
console.log([...range], Array.from(range), Math.max(...range));
for (const x of range) console.log('for-of', x);
const money = { amount: 42, [Symbol.toPrimitive](hint) { return hint === 'number' ? this.amount : hint === 'string' ? `$${this.amount}` : 'default:' + this.amount; } };
console.log(+money, `${money}`, money + '', money * 2, String(money), money == 'default:42', [money].join());
const badPrim = { [Symbol.toPrimitive]() { return {}; } };
try { +badPrim; } catch (e) { console.log(e.name + ': ' + e.message); }
const notCallable = { [Symbol.toPrimitive]: 5 };
try { `${notCallable}`; } catch (e) { console.log(e.name + ': ' + e.message); }
const Even = { [Symbol.hasInstance](n) { return n % 2 === 0; } };
console.log(2 instanceof Even, 3 instanceof Even);
class Tagged { get [Symbol.toStringTag]() { return 'CustomTag'; } }
console.log(Object.prototype.toString.call(new Tagged()), String(new Tagged()), new Tagged());
console.log(Object.prototype.toString.call({ [Symbol.toStringTag]: 'Plain' }), { [Symbol.toStringTag]: 'Plain' });
console.log(Object.prototype.toString.call(null), Object.prototype.toString.call(undefined), Object.prototype.toString.call(1), Object.prototype.toString.call('s'));
console.log(Object.prototype.toString.call([]), Object.prototype.toString.call(() => 1), Object.prototype.toString.call(new Error()), Object.prototype.toString.call(Symbol()));
console.log(Object.prototype.toString.call(new Map()), Object.prototype.toString.call(JSON), Object.prototype.toString.call(Math), Object.prototype.toString.call((function () { return arguments; })()));
console.log(typeof Symbol.iterator, Symbol.iterator.toString(), Symbol.asyncIterator.description, Symbol.hasInstance === Symbol.hasInstance);
console.log(Object.getOwnPropertyDescriptor(Symbol, 'iterator'), Function.prototype[Symbol.hasInstance].call(Array, []));
console.log(Object.getOwnPropertyNames(Symbol).filter((k) => typeof Symbol[k] === 'symbol').map((k) => Symbol[k].toString()).join(' '));
console.log(Symbol.prototype[Symbol.toPrimitive].call(Symbol.for('tp')), Symbol.prototype[Symbol.toPrimitive].name);
try { Symbol.prototype[Symbol.toPrimitive].call(1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { 1 instanceof {}; } catch (e) { console.log(e.name + ': ' + e.message); }
try { ({}) instanceof { [Symbol.hasInstance]: 1 }; } catch (e) { console.log(e.name + ': ' + e.message); }
try { [...{ [Symbol.iterator]() { return 1; } }]; } catch (e) { console.log(e.name + ': ' + e.message); }
