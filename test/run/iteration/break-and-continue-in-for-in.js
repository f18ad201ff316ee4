// break and continue work in for-in loops, including labelled ones across nested loops
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const grid = { r1: { a: 1, b: 2, c: 3 }, r2: { a: 4, b: 5, c: 6 }, r3: { a: 7 } };
for (const row in grid) {
  if (row === 'r2') continue;
  console.log('row', row);
}
outer: for (const row in grid) {
  for (const col in grid[row]) {
    if (col === 'b') continue outer;
    if (grid[row][col] > 5) break outer;
    console.log(row, col, grid[row][col]);
  }
}
function firstKeyWith(obj, value) {
  for (const key in obj) if (obj[key] === value) return key;
  return 'none';
}
console.log(firstKeyWith({ p: 1, q: 2 }, 2), firstKeyWith({}, 2));
