// for-of over an array reads the length on every step, so pushed elements are visited too
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const queue = [1];
for (const n of queue) {
  console.log('processing', n);
  if (n < 4) queue.push(n + 1);
}
console.log(queue);
const shrinking = [1, 2, 3, 4, 5];
for (const n of shrinking) {
  console.log('visit', n);
  shrinking.pop();
}
console.log(shrinking);
