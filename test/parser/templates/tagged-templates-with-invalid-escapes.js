// tagged templates may contain invalid escapes: their cooked value is undefined (null in the AST), raw is kept
// RUN: %astdiff %s

tag`\unicode and \u{110000} and \xz and \01`;
tag`\u{`;
String.raw`\u`;
tag`ok ${x} \u{zz} ${y} \9`;
tag`\u00g`;
tag.member`\x`;
tag()`\u{-1}`;
