// for-of requires [Symbol.iterator]() to return an object and next() to return objects; done is coerced
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function iterableWith(nextResult) {
  return {
    [Symbol.iterator]() {
      return { next: () => nextResult };
    },
  };
}
try {
  for (const v of iterableWith(5)) console.log('not printed', v);
} catch (e) {
  console.log('next() returned a number:', e.name);
}
try {
  for (const v of { [Symbol.iterator]: () => 'not an object' }) console.log('not printed', v);
} catch (e) {
  console.log('[Symbol.iterator]() returned a string:', e.name);
}
try {
  for (const v of { [Symbol.iterator]: 'not a function' }) console.log('not printed', v);
} catch (e) {
  console.log('[Symbol.iterator] is not a function:', e.name);
}
let steps = 0;
const truthyDone = {
  [Symbol.iterator]() {
    return {
      next() {
        steps++;
        return { value: steps, done: steps > 2 ? 'yes' : 0 };
      },
    };
  },
};
for (const v of truthyDone) console.log('visit', v);
