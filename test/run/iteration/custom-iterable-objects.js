// any object with a [Symbol.iterator] method returning a next()-er can be iterated with for-of
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const range = {
  from: 1,
  to: 5,
  [Symbol.iterator]() {
    let current = this.from;
    const last = this.to;
    return {
      next() {
        if (current <= last) return { value: current++, done: false };
        return { value: 'final value is not visited', done: true };
      },
    };
  },
};
for (const n of range) console.log(n);
let sum = 0;
for (const n of range) for (const m of range) sum += n * m;
console.log(sum);
class Countdown {
  constructor(start) {
    this.start = start;
  }
  [Symbol.iterator]() {
    let n = this.start;
    return { next: () => (n > 0 ? { value: n--, done: false } : { done: true }) };
  }
}
const out = [];
for (const n of new Countdown(3)) out.push(n);
console.log(out.join(' '));
