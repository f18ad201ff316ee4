// break out of a for-of calls the iterator's return(); running to the end does not
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function tracked(name, values) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() {
          return i < values.length ? { value: values[i++], done: false } : { done: true };
        },
        return() {
          console.log(name + ': return() called at index ' + i);
          return { done: true };
        },
      };
    },
  };
}
for (const v of tracked('broken', [1, 2, 3, 4])) {
  console.log('visit', v);
  if (v === 2) break;
}
console.log('after break');
for (const v of tracked('finished', [1, 2])) console.log('visit', v);
console.log('after finishing, no return() call');
for (const v of tracked('continued', [1, 2, 3])) {
  if (v === 2) continue;
  console.log('visit', v);
}
console.log('continue does not close the iterator');
