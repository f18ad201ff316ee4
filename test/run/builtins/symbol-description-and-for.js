// Symbol(): descriptions, uniqueness, Symbol.for/keyFor, conversions and symbols as property keys
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const a = Symbol('desc'), b = Symbol('desc'), none = Symbol(), empty = Symbol('');
console.log(a === b, a.toString(), none.toString(), empty.toString(), a.description, none.description, empty.description);
console.log(Symbol(123).description, Symbol(null).description, Symbol(undefined).description, Symbol({ toString() { return 'obj'; } }).description);
console.log(typeof a, typeof Object(a), Object(a) == a, Object(a).valueOf() === a, Object(a).description, [a], { key: a });
console.log(Symbol.for('app') === Symbol.for('app'), Symbol.keyFor(Symbol.for('app')), Symbol.keyFor(a), Symbol.for().toString(), Symbol.keyFor(Symbol.iterator));
console.log(Symbol.for('app').description, Symbol.for(1) === Symbol.for('1'));
const o = { [a]: 1, regular: 2, [Symbol.for('reg')]: 3 };
console.log(o, Object.keys(o), JSON.stringify(o), Object.getOwnPropertySymbols(o), a in o, o[a], Object.assign({}, o));
console.log(String(a), a.toString === Symbol.prototype.toString, Boolean(a), !a, Symbol.length, Symbol.name);
try { new Symbol(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { a + ''; } catch (e) { console.log(e.name + ': ' + e.message); }
try { `${a}`; } catch (e) { console.log(e.name + ': ' + e.message); }
try { +a; } catch (e) { console.log(e.name + ': ' + e.message); }
try { a * 2; } catch (e) { console.log(e.name + ': ' + e.message); }
try { Symbol.keyFor('str'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Symbol.prototype.toString.call('x'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.getOwnPropertyDescriptor(Symbol.prototype, 'description').get.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Symbol(Symbol()); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Object.prototype.toString.call(Object(Symbol())), Symbol.prototype[Symbol.toStringTag]);
