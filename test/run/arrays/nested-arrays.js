// arrays nest: a grid of arrays is indexed twice and updated in place
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var grid = [];
for (var r = 0; r < 3; r++) {
  grid[r] = [];
  for (var c = 0; c < 3; c++) grid[r][c] = r * 3 + c;
}
console.log(grid);
grid[1][1] = 'center';
console.log(grid[1], grid[2][0], grid.length, grid[0].length);
var deep = [1, [2, [3, [4]]]];
console.log(deep[1][1][1][0], deep[1][1].length);
function transpose(m) {
  var t = [];
  for (var i = 0; i < m[0].length; i++) {
    t[i] = [];
    for (var j = 0; j < m.length; j++) t[i][j] = m[j][i];
  }
  return t;
}
console.log(transpose([[1, 2, 3], [4, 5, 6]]));
