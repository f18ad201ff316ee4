// do-while runs its body once before testing, and continue jumps to the condition
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var runs = 0;
do {
  runs++;
} while (false);
console.log('runs', runs);
var i = 0;
var seen = '';
do {
  i++;
  if (i === 2) continue;
  seen += i;
} while (i < 5);
console.log(seen);
var j = 10;
do {
  if (j === 12) break;
  j++;
} while (true);
console.log(j);
var digits = 0;
var num = 0;
do {
  digits++;
  num = Math.floor(num / 10);
} while (num > 0);
console.log('digits of 0:', digits);
