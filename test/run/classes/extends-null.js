// extends null gives instances with no Object.prototype, but the implicit super() call throws
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Bare extends null {}
console.log(Object.getPrototypeOf(Bare.prototype));
console.log(Object.getPrototypeOf(Bare) === Function.prototype);
try {
  new Bare();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class Manual extends null {
  constructor() {
    return Object.create(Manual.prototype);
  }
  hello() {
    return 'hello';
  }
}
const m = new Manual();
console.log(m instanceof Manual, m.hello(), typeof m.toString);
