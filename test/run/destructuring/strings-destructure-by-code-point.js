// array patterns over strings iterate code points, so astral characters stay whole
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const [a, b, c] = 'abc';
console.log(a, b, c);
const [smile, plain, ...others] = '😀x𝒳y';
console.log(smile, smile.length, plain, others, others[0].length);
const [first, second] = '😀';
console.log(first === '😀', second);
const { length, 0: firstUnit } = '😀';
console.log(length, firstUnit === '\ud83d');
const [letter, mark] = 'e\u0301'; // a letter and a combining mark are two code points
console.log(letter, mark.length, mark.charCodeAt(0));
