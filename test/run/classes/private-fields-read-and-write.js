// private fields #x hold per-instance state readable and writable only inside the class body
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Counter {
  #count = 0;
  #step;
  constructor(step) {
    this.#step = step;
  }
  increment() {
    this.#count += this.#step;
    return this;
  }
  get value() {
    return this.#count;
  }
  sameCount(other) {
    return this.#count === other.#count;
  }
  reset() {
    this.#count = 0;
    this.#count++;
    return this.#count;
  }
}
const a = new Counter(2);
const b = new Counter(5);
a.increment().increment();
b.increment();
console.log(a.value, b.value, a.sameCount(b));
a.increment();
console.log(a.sameCount(a), a.sameCount(b));
console.log(a); // private fields are not shown
const keys = [];
for (const k in a) keys.push(k);
console.log(keys.length, JSON.stringify(a), a['#count']);
console.log(a.reset());
