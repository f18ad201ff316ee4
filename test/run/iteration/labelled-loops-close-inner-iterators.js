// labelled continue or break to an outer loop closes the inner for-of's iterator
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function tracked(name, values) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next: () => (i < values.length ? { value: values[i++], done: false } : { done: true }),
        return() {
          console.log('  close', name);
          return {};
        },
      };
    },
  };
}
outer: for (const row of tracked('rows', ['r1', 'r2', 'r3'])) {
  for (const col of tracked('cols of ' + row, ['c1', 'c2', 'c3'])) {
    if (col === 'c2') continue outer;
    console.log(row, col);
  }
  console.log('not printed: the inner loop always continues outer');
}
console.log('--');
search: for (const row of tracked('rows', ['r1', 'r2'])) {
  for (const col of tracked('cols of ' + row, ['c1', 'c2'])) {
    console.log(row, col);
    if (row === 'r2' && col === 'c1') break search;
  }
}
console.log('done');
