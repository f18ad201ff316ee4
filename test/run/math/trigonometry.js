// trigonometric functions and their inverses at exact and generic arguments
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(Math.sin(0), Math.sin(-0), Math.sin(Math.PI / 2), Math.sin(Math.PI));
console.log(Math.cos(0), Math.cos(Math.PI), Math.cos(Math.PI / 3));
console.log(Math.tan(0), Math.tan(Math.PI / 4), Math.tan(-0));
console.log(Math.sin(1), Math.cos(1), Math.tan(1));
console.log(Math.sin(0.5), Math.cos(2), Math.tan(-3));
console.log(Math.asin(1), Math.acos(-1), Math.atan(1), Math.atan(Infinity));
console.log(Math.asin(0.5), Math.acos(0.5), Math.atan(-2));
console.log(Math.asin(2), Math.acos(-1.5), Math.sin(Infinity), Math.cos(NaN));
