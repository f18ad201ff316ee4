// ES2018 pattern features: named groups and backreferences, lookbehind, dotAll, Unicode property escapes
// RUN: %astdiff %s

/(?<year>\d{4})-(?<month>\d{2})\k<year>/u;
/(?<=\$)\d+(?<!€)/;
/\p{Script=Greek}\P{L}\p{General_Category=Letter}/u;
/a.b/s;
/(?<name>x)\k<name>/;
/(?<$dollar_1>x)/;
