// Math.atan2 picks the quadrant from the signs of both arguments, including signed zeros
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(Math.atan2(1, 1), Math.atan2(1, -1), Math.atan2(-1, -1), Math.atan2(-1, 1));
console.log(Math.atan2(0, 0), Math.atan2(-0, 0), Math.atan2(0, -0), Math.atan2(-0, -0));
console.log(Math.atan2(1, 0), Math.atan2(-1, 0), Math.atan2(0, -1), Math.atan2(-0, -1));
console.log(Math.atan2(Infinity, Infinity), Math.atan2(-Infinity, -Infinity));
console.log(Math.atan2(1, Infinity), Math.atan2(1, -Infinity), Math.atan2(NaN, 1));
// node (fdlibm) prints -0.39479111969976155 for atan2(-5, 12); glibc's atan2 gives -0.3947911196997615
console.log(Math.atan2(3, 4), Math.atan2(-5, 12));
