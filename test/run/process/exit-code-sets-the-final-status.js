// process.exitCode becomes the exit status when the program finishes normally
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

process.exitCode = 9;
console.log('exitCode set to', process.exitCode);
process.exitCode = 5;
console.log('changed to', process.exitCode);
function work() {
  var sum = 0;
  for (var i = 0; i < 10; i++) sum += i;
  return sum;
}
console.log('work still runs:', work());
