// `kiln build` and `kiln run`: parse, lower to IR, generate code with LLVM, link against the
// runtime. Exit status of a build: 0 built; 1 the program is not valid JavaScript; 3 valid
// JavaScript that kiln does not compile yet (the diagnostic names the construct); 2 bad usage;
// 4 kiln itself failed (internal error, link failure).
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "codegen/LLVMGen.h"
#include "driver/Commands.h"
#include "frontend/irgen/IRGen.h"
#include "frontend/parser/Parser.h"
#include "frontend/support/LargeStack.h"
#include "frontend/support/SourceFile.h"
#include "ir/IR.h"
#include "ir/Passes.h"

namespace kiln::driver {

namespace {

enum ExitStatus { Built = 0, InvalidProgram = 1, BadUsage = 2, Unsupported = 3, InternalError = 4 };

struct BuildOptions {
  std::string input;
  std::string output;
  std::string emit = "exe"; // exe, kir, llvm, asm, obj
  codegen::CodegenOptions codegen;
  bool verbose = false;
  bool staticLink = false; // --static
  // --script: a classic Script; --module (or a .mjs file): an ES module; else CommonJS.
  irgen::ProgramKind kind = irgen::ProgramKind::CommonJS;
  bool kindGiven = false;
  std::vector<std::string> programArguments; // kiln run
};

std::string executableDirectory() {
  char buffer[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buffer, sizeof buffer - 1);
  if (n <= 0)
    return ".";
  buffer[n] = 0;
  std::string path(buffer);
  return path.substr(0, path.rfind('/'));
}

std::string absolutePath(const std::string &path) {
  char buffer[PATH_MAX];
  if (realpath(path.c_str(), buffer))
    return buffer;
  return path;
}

// Whether TRIPLE names the machine kiln runs on (its architecture is the host's), so the host
// runtime serves it: x86_64-linux-gnu, x86_64-pc-linux-gnu, ... on an x86-64 host.
bool isHostTriple(const std::string &triple) {
  struct utsname host;
  if (uname(&host) != 0)
    return false;
  return triple.substr(0, triple.find('-')) == host.machine;
}

int runProcess(const std::vector<std::string> &argv) {
  pid_t pid = fork();
  if (pid < 0)
    return -1;
  if (pid == 0) {
    std::vector<char *> args;
    for (const std::string &a : argv)
      args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

class Stopwatch {
public:
  explicit Stopwatch(bool enabled) : enabled_(enabled), last_(std::chrono::steady_clock::now()) {}
  void lap(const char *stage) {
    auto now = std::chrono::steady_clock::now();
    if (enabled_)
      std::fprintf(stderr, "kiln: %-8s %8.2f ms\n", stage,
                   std::chrono::duration<double, std::milli>(now - last_).count());
    last_ = now;
  }

private:
  bool enabled_;
  std::chrono::steady_clock::time_point last_;
};

int compile(BuildOptions options) {
  Stopwatch clock(options.verbose);
  // node runs a .mjs file as an ES module.
  if (!options.kindGiven && options.input.size() > 4 && options.input.compare(options.input.size() - 4, 4, ".mjs") == 0)
    options.kind = irgen::ProgramKind::Module;
  SourceFile file;
  std::string ioError;
  if (!SourceFile::load(options.input, file, ioError)) {
    std::fprintf(stderr, "kiln: error: cannot read '%s': %s\n", options.input.c_str(), ioError.c_str());
    return BadUsage;
  }
  Arena arena;
  ParseOptions parseOptions;
  parseOptions.module = options.kind == irgen::ProgramKind::Module;
  parseOptions.commonJS = options.kind == irgen::ProgramKind::CommonJS;
  SyntaxError syntaxError;
  ast::Program *program = nullptr;
  irgen::UnsupportedError unsupported{0, {}};
  bool isUnsupported = false;
  ir::Module module;
  module.sourcePath = absolutePath(options.input);
  module.sourceText = file.text();
  runWithLargeStack([&] {
    program = parseProgram(file, arena, parseOptions, syntaxError);
    if (!program)
      return;
    try {
      irgen::lowerProgram(program, file, module, options.kind);
    } catch (irgen::UnsupportedError &e) {
      unsupported = std::move(e);
      isUnsupported = true;
    }
  });
  if (!program) {
    printDiagnostic(std::cerr, file, syntaxError.offset, "error", "SyntaxError: " + syntaxError.message);
    return InvalidProgram;
  }
  if (isUnsupported) {
    printDiagnostic(std::cerr, file, unsupported.offset, "error", unsupported.message);
    return Unsupported;
  }
  clock.lap("frontend");
  std::string verifyError = ir::verifyModule(module);
  if (verifyError.empty())
    verifyError = ir::runPasses(module, ir::defaultPipeline(options.codegen.optimizationLevel));
  if (!verifyError.empty()) {
    std::fprintf(stderr, "kiln: internal error: invalid IR: %s\n", verifyError.c_str());
    return InternalError;
  }
  clock.lap("ir-passes");
  if (options.emit == "kir") {
    std::string text = ir::printModule(module);
    if (options.output.empty() || options.output == "-") {
      std::fwrite(text.data(), 1, text.size(), stdout);
    } else {
      std::ofstream out(options.output);
      out << text;
    }
    return Built;
  }

  codegen::EmitKind kind = options.emit == "llvm"  ? codegen::EmitKind::LLVM
                           : options.emit == "asm" ? codegen::EmitKind::Assembly
                                                   : codegen::EmitKind::Object;
  std::string objectPath = options.emit == "exe" ? options.output + ".kiln.o" : options.output;
  std::string error = codegen::emitModule(module, options.codegen, kind, objectPath);
  if (!error.empty()) {
    std::fprintf(stderr, "kiln: error: %s\n", error.c_str());
    return InternalError;
  }
  clock.lap("codegen");
  if (options.emit != "exe")
    return Built;

  // The runtime: <kiln>/../lib/libkiln_rt.a for the host; with --target=TRIPLE the one built for
  // it (scripts/build-cross-runtimes.sh) in lib/TRIPLE/, with the target's sysroot, if it needs one,
  // at lib/TRIPLE/sysroot (the host's own triple, which has no such folder, uses the host runtime).
  std::string libDir = executableDirectory() + "/../lib";
  const std::string &triple = options.codegen.targetTriple;
  std::string runtime = libDir + "/libkiln_rt.a";
  std::string sysroot;
  struct stat st;
  if (!triple.empty()) {
    std::string targetDir = libDir + "/" + triple;
    if (stat((targetDir + "/libkiln_rt.a").c_str(), &st) == 0) {
      runtime = targetDir + "/libkiln_rt.a";
      if (stat((targetDir + "/sysroot").c_str(), &st) == 0)
        sysroot = absolutePath(targetDir + "/sysroot");
    } else if (!isHostTriple(triple)) {
      std::fprintf(stderr,
                   "kiln: error: no runtime for target '%s' at %s/libkiln_rt.a (scripts/install-deps.sh "
                   "installs the target's libraries, scripts/build.sh then builds it)\n",
                   triple.c_str(), targetDir.c_str());
      std::remove(objectPath.c_str());
      return InternalError;
    }
  }
  if (stat(runtime.c_str(), &st) != 0) {
    std::fprintf(stderr, "kiln: error: runtime library not found at %s\n", runtime.c_str());
    std::remove(objectPath.c_str());
    return InternalError;
  }
  std::vector<std::string> link = {"clang++-19"};
  if (!triple.empty())
    link.push_back("--target=" + triple);
  if (!sysroot.empty())
    link.push_back("--sysroot=" + sysroot);
  if (options.staticLink)
    link.push_back("-static");
  link.insert(link.end(), {"-fuse-ld=lld", "-o", options.output, objectPath, runtime, "-lgc", "-ldouble-conversion",
                           "-lm", "-lpthread"});
  int status = runProcess(link);
  std::remove(objectPath.c_str());
  clock.lap("link");
  if (status != 0) {
    std::fprintf(stderr, "kiln: error: linking failed (clang++-19 exit status %d)\n", status);
    return InternalError;
  }
  return Built;
}

bool parseCommonOption(const std::string &arg, BuildOptions &options, bool &ok) {
  ok = true;
  if (arg.size() == 3 && arg[0] == '-' && arg[1] == 'O' && arg[2] >= '0' && arg[2] <= '3') {
    options.codegen.optimizationLevel = arg[2] - '0';
  } else if (arg.rfind("--emit=", 0) == 0) {
    options.emit = arg.substr(7);
    if (options.emit != "kir" && options.emit != "llvm" && options.emit != "asm" && options.emit != "obj" &&
        options.emit != "exe") {
      std::fprintf(stderr, "kiln: error: --emit takes kir, llvm, asm or obj\n");
      ok = false;
    }
  } else if (arg.rfind("--target=", 0) == 0) {
    options.codegen.targetTriple = arg.substr(9);
  } else if (arg == "--static") {
    options.staticLink = true;
  } else if (arg == "-g") {
    options.codegen.debugInfo = true;
  } else if (arg == "-v") {
    options.verbose = true;
  } else if (arg == "--script") {
    options.kind = irgen::ProgramKind::Script;
    options.kindGiven = true;
  } else if (arg == "--module") {
    options.kind = irgen::ProgramKind::Module;
    options.kindGiven = true;
  } else {
    return false;
  }
  return true;
}

} // namespace

int runBuild(int argc, char **argv) {
  BuildOptions options;
  for (int i = 0; i < argc; ++i) {
    std::string arg = argv[i];
    bool ok;
    if (parseCommonOption(arg, options, ok)) {
      if (!ok)
        return BadUsage;
    } else if (arg == "-o" && i + 1 < argc) {
      options.output = argv[++i];
    } else if (!arg.empty() && arg[0] == '-') {
      std::fprintf(stderr, "kiln: error: unknown option '%s' for 'build'\n", arg.c_str());
      return BadUsage;
    } else if (options.input.empty()) {
      options.input = arg;
    } else {
      std::fprintf(stderr, "kiln: error: 'build' takes one input file\n");
      return BadUsage;
    }
  }
  if (options.input.empty()) {
    std::fprintf(stderr, "kiln: error: 'build' needs an input file\n");
    return BadUsage;
  }
  if (options.output.empty()) {
    if (options.emit != "exe" && options.emit != "kir") {
      std::fprintf(stderr, "kiln: error: --emit=%s needs -o FILE\n", options.emit.c_str());
      return BadUsage;
    }
    if (options.emit == "exe") {
      std::string base = options.input.substr(options.input.rfind('/') + 1);
      options.output = base.substr(0, base.rfind('.'));
      if (options.output.empty() || options.output == base)
        options.output = "a.out";
    }
  }
  return compile(options);
}

int runRun(int argc, char **argv) {
  BuildOptions options;
  int i = 0;
  for (; i < argc; ++i) {
    std::string arg = argv[i];
    bool ok;
    if (!parseCommonOption(arg, options, ok))
      break;
    if (!ok)
      return BadUsage;
  }
  if (i >= argc) {
    std::fprintf(stderr, "kiln: error: 'run' needs a file\n");
    return BadUsage;
  }
  options.input = argv[i++];
  if (options.emit != "exe") {
    std::fprintf(stderr, "kiln: error: 'run' does not take --emit\n");
    return BadUsage;
  }
  if (!options.codegen.targetTriple.empty() && !isHostTriple(options.codegen.targetTriple)) {
    std::fprintf(stderr, "kiln: error: 'run' runs programs for this machine; build for %s with 'kiln build "
                         "--target=%s' and run the result under qemu-user\n",
                 options.codegen.targetTriple.c_str(), options.codegen.targetTriple.c_str());
    return BadUsage;
  }
  // Build into a private cache file, then become the program.
  const char *home = std::getenv("XDG_CACHE_HOME");
  std::string cacheDir = home ? std::string(home) + "/kiln" : std::string(std::getenv("HOME") ? std::getenv("HOME") : "/tmp") + "/.cache/kiln";
  std::string mkdir = cacheDir;
  for (size_t p = 1; p <= mkdir.size(); ++p)
    if (p == mkdir.size() || mkdir[p] == '/')
      ::mkdir(mkdir.substr(0, p).c_str(), 0755);
  options.output = cacheDir + "/run-" + std::to_string(std::hash<std::string>{}(absolutePath(options.input))) + "-" + std::to_string(getpid());
  int status = compile(options);
  if (status != Built)
    return status;
  std::vector<std::string> args = {options.output};
  for (; i < argc; ++i)
    args.push_back(argv[i]);
  pid_t pid = fork();
  if (pid == 0) {
    std::vector<char *> raw;
    for (std::string &a : args)
      raw.push_back(a.data());
    raw.push_back(nullptr);
    execv(raw[0], raw.data());
    _exit(127);
  }
  int waitStatus = 0;
  waitpid(pid, &waitStatus, 0);
  std::remove(options.output.c_str());
  if (WIFSIGNALED(waitStatus))
    return 128 + WTERMSIG(waitStatus);
  return WEXITSTATUS(waitStatus);
}

} // namespace kiln::driver
