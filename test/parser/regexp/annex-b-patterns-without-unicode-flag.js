// without 'u' or 'v', the Annex B pattern grammar accepts lone braces, \c, octal-like and identity escapes, quantified lookahead
// RUN: %astdiff %s

/{/;
/}/;
/]/;
/a{/;
/a{1/;
/\c/;
/[\c]/;
/\1/;
/\8/;
/(?=a)*/;
/\u{12}/;
/\k/;
/[a-\d]/;
/\a\e\g/;
