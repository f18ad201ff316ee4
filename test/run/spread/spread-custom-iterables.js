// spread drains any object with a [Symbol.iterator] method, calling next() until done
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function range(from, to) {
  return {
    [Symbol.iterator]() {
      let n = from;
      return {
        next() {
          return n <= to ? { value: n++, done: false } : { value: 'done value is dropped', done: true };
        },
        return() {
          console.log('not printed: spread exhausts the iterator');
          return {};
        },
      };
    },
  };
}
console.log([...range(1, 5)]);
console.log(['start', ...range(7, 8), 'end']);
console.log([...range(3, 1)]);
function sum(...nums) {
  let s = 0;
  for (const n of nums) s += n;
  return s;
}
console.log(sum(...range(1, 100)));
