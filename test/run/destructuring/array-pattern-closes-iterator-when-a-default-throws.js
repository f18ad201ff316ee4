// if evaluating a default throws mid-pattern, the iterator is closed and the exception propagates
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() {
        i++;
        return { value: i === 1 ? undefined : i, done: false };
      },
      return() {
        console.log('return called');
        return {};
      },
    };
  },
};
function fail() {
  throw new Error('default failed');
}
try {
  const [a = fail(), b] = iterable;
  console.log('not printed', a, b);
} catch (e) {
  console.log('caught', e.message);
}
