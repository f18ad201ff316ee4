// a for-of can consume an endless iterator piecewise: each loop that stops early closes its iterator
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function idGenerator(prefix) {
  let n = 0;
  let closed = 0;
  return {
    [Symbol.iterator]() {
      return {
        next: () => ({ value: prefix + ++n, done: false }),
        return: () => {
          closed++;
          return { done: true };
        },
      };
    },
    report: () => 'issued ' + n + ', closed ' + closed + ' times',
  };
}
const ids = idGenerator('id-');
const batch = [];
for (const id of ids) {
  batch.push(id);
  if (batch.length === 3) break;
}
console.log(batch.join(' '));
for (const id of ids) {
  console.log('one more', id);
  break;
}
console.log(ids.report());
