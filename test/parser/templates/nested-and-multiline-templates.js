// templates nest inside substitutions, span lines, and chain as tags
// RUN: %astdiff %s

x = `a${`b${c}d`}e`;
x = `line1
line2`;
x = `${ { a: 1 }.a }`;
x = tag`a``b`;
x = new tag`x`;
x = `\``;
x = `$`;
x = `$\{`;
x = `${a}${b}`;
x = `\0 \n \u{1F600} \x41 \u0041`;
