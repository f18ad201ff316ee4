// returning from a function in the middle of a for-of calls the iterator's return() first
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function numbers() {
  let n = 0;
  return {
    [Symbol.iterator]() {
      return this;
    },
    next() {
      n++;
      console.log('next ->', n);
      return { value: n, done: false };
    },
    return() {
      console.log('return() called after', n);
      return { done: true };
    },
  };
}
function findFirst(iterable, predicate) {
  for (const x of iterable) {
    if (predicate(x)) return x;
  }
  return undefined;
}
console.log('found', findFirst(numbers(), (x) => x % 3 === 0));
function withFinally() {
  for (const x of numbers()) {
    try {
      return 'from try ' + x;
    } finally {
      console.log('finally runs before return()');
    }
  }
}
console.log(withFinally());
