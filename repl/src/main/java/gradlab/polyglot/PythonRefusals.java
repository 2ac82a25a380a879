package gradlab.polyglot;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;

/**
 * Python code run before a guest's, so that what the sandbox refuses fails where the guest asked
 * for it: {@code socket.socket}, {@code subprocess.Popen} and the {@code os} process functions
 * raise a plain {@code PermissionError} in the guest's frame. Without it GraalPy reports an
 * internal Java exception ({@code UnsupportedPosixFeatureException: socket was excluded}) at
 * line 0. {@code socket} and {@code subprocess} are patched when first imported, by a finder
 * at the head of {@code sys.meta_path}: importing both at start costs 5–7 s on the loaded 2-core
 * machine (measured with {@code Context.initialize} and then this prelude, three contexts), and
 * GraalPy's import statement does not call a replaced {@code builtins.__import__}.
 */
final class PythonRefusals {
  static final String NETWORK = "network access (sockets) is not allowed in the sandbox; no "
      + "option opens it";
  static final String PROCESSES = "starting processes is not allowed in the sandbox; no option "
      + "opens it";

  private static final String PRELUDE = """
      def _gradlab_sandbox():
          import os
          def refuse(why):
              def refused(*args, **kwargs):
                  raise PermissionError(why)
              return refused
          net = refuse(%s)
          proc = refuse(%s)
          for name in ("system", "popen", "fork", "forkpty", "posix_spawn", "posix_spawnp",
                       "execv", "execve", "execl", "execle", "execlp", "execlpe", "execvp",
                       "execvpe", "spawnv", "spawnve", "spawnl", "spawnle"):
              if hasattr(os, name):
                  setattr(os, name, proc)
          import sys
          patches = {"socket": {"socket": net, "create_connection": net,
                                "create_server": net, "socketpair": net},
                     "subprocess": {"Popen": proc}}
          class Patching:
              def __init__(self, loader):
                  self.loader = loader
              def create_module(self, spec):
                  return self.loader.create_module(spec)
              def exec_module(self, module):
                  self.loader.exec_module(module)
                  for field, value in patches[module.__name__].items():
                      setattr(module, field, value)
          class Finder:
              def find_spec(self, name, path=None, target=None):
                  if name not in patches:
                      return None
                  for finder in sys.meta_path:
                      if finder is self or not hasattr(finder, "find_spec"):
                          continue
                      spec = finder.find_spec(name, path, target)
                      if spec is not None:
                          spec.loader = Patching(spec.loader)
                          return spec
                  return None
          sys.meta_path.insert(0, Finder())
      _gradlab_sandbox()
      del _gradlab_sandbox
      """;

  private PythonRefusals() {}

  static void install(Context python) {
    String code = PRELUDE.formatted(quote(NETWORK), quote(PROCESSES));
    python.eval(Source.newBuilder("python", code, "<gradlab-sandbox>").buildLiteral());
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
