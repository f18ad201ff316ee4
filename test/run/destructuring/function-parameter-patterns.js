// function parameters can be patterns, mixing positions, renames and nesting
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function area({ width, height }) {
  return width * height;
}
function describe([first, second], { label: name }) {
  return name + ': ' + first + ' then ' + second;
}
function distance({ from: [x1, y1], to: [x2, y2] }) {
  return Math.abs(x2 - x1) + Math.abs(y2 - y1);
}
console.log(area({ width: 3, height: 4, depth: 99 }));
console.log(describe(['a', 'b', 'c'], { label: 'pair' }));
console.log(distance({ from: [0, 0], to: [3, -4] }));
console.log(area.length, describe.length, distance.length);
function seesArguments({ a }, [b]) {
  return arguments.length + ' ' + typeof arguments[0] + ' ' + a + b;
}
console.log(seesArguments({ a: 'A' }, ['B']));
