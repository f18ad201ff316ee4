// spreading a string yields its code points, so emoji and astral letters stay whole
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log([...'hello']);
const astral = 'a😀𝒳b';
console.log(astral.length, [...astral].length, [...astral]);
console.log([...'ab', ...'cd'].join('-'));
console.log([...''].length);
const reversed = [...'abc😀'].reverse().join('');
console.log(reversed);
