// a Map or Set iterator visits entries added while iterating and skips entries deleted before reached
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const set = new Set([1, 2, 3]);
for (const n of set) {
  console.log('set visit', n);
  if (n === 1) {
    set.delete(2);
    set.add(4);
  }
}
const map = new Map([
  ['a', 1],
  ['b', 2],
]);
for (const [k, v] of map) {
  console.log('map visit', k, v);
  if (k === 'a') map.set('c', 3);
  if (k === 'b') map.delete('a');
}
console.log(map.size, set.size);
