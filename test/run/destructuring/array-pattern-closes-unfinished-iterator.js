// an array pattern takes only the values it needs, then calls the iterator's return()
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function countdown(from) {
  return {
    [Symbol.iterator]() {
      let n = from;
      console.log('iterator created');
      return {
        next() {
          console.log('next called, n =', n);
          return n > 0 ? { value: n--, done: false } : { value: undefined, done: true };
        },
        return() {
          console.log('return called');
          return { done: true };
        },
      };
    },
  };
}
const [a, b] = countdown(5);
console.log('got', a, b);
const [, second] = countdown(3);
console.log('got', second);
const [] = countdown(1);
console.log('empty pattern done');
