// super() called from an arrow function inside a derived constructor constructs with the
// constructor's function and new.target, initialises the fields, and may still run only once.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
class Base { constructor(x) { this.x = x; } }
class Derived extends Base {
  y = 'field';
  constructor(flag) {
    const init = () => super(flag ? 1 : 2);
    init();
    this.z = this.x + 10;
  }
}
const d = new Derived(true);
console.log(d, d instanceof Derived);
class Twice extends Base { constructor() { const s = () => super(0); s(); try { s(); } catch (e) { console.log(e.name + ': ' + e.message); } } }
new Twice();
