// process.exit inside nested calls and loops stops the whole program immediately
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function check(i) {
  if (i === 3) {
    console.log('exiting at', i);
    process.exit(7);
  }
  return i;
}
function run() {
  for (var i = 0; i < 10; i++) {
    console.log('step', check(i));
  }
  console.log('loop finished');
}
run();
console.log('after run');
