// an escaped, parenthesized, or late "use strict" is not a directive, so sloppy-only code still parses
// RUN: %astdiff %s

function escaped() { "use\x20strict"; with (o) {} }
function parenthesized() { ("use strict"); with (o) {} }
function late() { x; "use strict"; with (o) {} }
function concatenated() { "use" + " strict"; with (o) {} }
