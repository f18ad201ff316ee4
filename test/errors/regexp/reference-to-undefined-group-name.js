// once a pattern has named groups, '\k<name>' must name one of them
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}reference-to-undefined-group-name.js:5:6: error: {{.*}}regular expression

x = /(?<a>x)\k<b>/;
