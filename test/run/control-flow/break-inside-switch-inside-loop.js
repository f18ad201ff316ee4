// inside a switch, break leaves the switch but continue applies to the enclosing loop
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var log = '';
for (var i = 0; i < 6; i++) {
  switch (i % 3) {
    case 0:
      log += 'z';
      break;
    case 1:
      continue;
    default:
      log += 'd';
  }
  log += i;
}
console.log(log);
var j = 0;
loop: while (true) {
  switch (j++) {
    case 3:
      break loop;
    default:
      console.log('j was', j - 1);
  }
}
console.log('end', j);
