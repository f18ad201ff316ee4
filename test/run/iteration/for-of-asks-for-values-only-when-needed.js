// for-of pulls one value at a time: each next() call happens right before that iteration's body
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const naturals = {
  [Symbol.iterator]() {
    let n = 0;
    return {
      next() {
        n++;
        console.log('  next() ->', n);
        return { value: n, done: false };
      },
    };
  },
};
for (const n of naturals) {
  console.log('body', n);
  if (n === 3) break; // an endless iterator is fine as long as the loop stops
}
const arr = [1, 2, 3];
for (const v of arr) {
  console.log('visit', v);
  if (v === 1) arr[2] = 'changed before it was reached';
}
