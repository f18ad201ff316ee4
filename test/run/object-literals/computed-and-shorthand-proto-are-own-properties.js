// only a plain __proto__: value sets the prototype; computed or shorthand __proto__ makes an own property
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const proto = { inherited: true };
const computed = { ['__proto__']: proto };
console.log(Object.getPrototypeOf(computed) === Object.prototype, computed.hasOwnProperty('__proto__'));
const __proto__ = proto;
const shorthand = { __proto__ };
console.log(Object.getPrototypeOf(shorthand) === Object.prototype, shorthand.hasOwnProperty('__proto__'));
console.log(computed.inherited, shorthand.inherited);
const method = {
  __proto__() {
    return 'a method named __proto__';
  },
};
console.log(Object.getPrototypeOf(method) === Object.prototype, method.hasOwnProperty('__proto__'));
