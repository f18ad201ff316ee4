// import.meta is only allowed in module code
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}import-meta-in-script.js:5:13: error: {{.*}}import.meta

const url = import.meta.url;
