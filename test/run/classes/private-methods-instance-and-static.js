// Private methods: instance methods are installed on every instance before its fields, static
// ones on the class; `#m in obj` tests for them; arrows inside methods reach them through `this`.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
class Counter {
  #count = 0;
  #step() { return this.#count + 1; }
  static #created = 0;
  static #note() { Counter.#created++; }
  constructor() { Counter.#note(); }
  increment() { this.#count = this.#step(); return this; }
  get value() { return this.#count; }
  static created() { return Counter.#created; }
  has(o) { return #step in o; }
}
const c = new Counter().increment().increment();
new Counter();
console.log(c.value, Counter.created(), c.has(c), c.has({}));
const arrow = new (class { #f() { return 'private ok'; } run() { const g = () => this.#f(); return g(); } })();
console.log(arrow.run());
