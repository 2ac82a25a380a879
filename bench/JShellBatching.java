import jdk.jshell.*;
import jdk.jshell.execution.LocalExecutionControlProvider;
import java.util.*;
// The cost per line of JShell snippets, one statement a snippet vs blocks of statements:
//   java bench/JShellBatching.java 300
public class JShellBatching {
  static JShell shell() { JShell s = JShell.builder().executionEngine(new LocalExecutionControlProvider(), Map.of()).build(); s.eval("double acc = 0;"); s.eval("int gradlab$line = 0;"); return s; }
  public static void main(String[] a) throws Exception {
    int n = Integer.parseInt(a[0]);
    try (JShell s = shell()) { long t0 = System.nanoTime(); for (int i = 0; i < n; i++) s.eval("acc += " + i + ";"); System.out.println("plain: " + (System.nanoTime()-t0)/1e6/n + " ms/line"); }
    try (JShell s = shell()) { long t0 = System.nanoTime(); for (int i = 0; i < n; i++) s.eval("{ acc += " + i + "; }"); System.out.println("block each: " + (System.nanoTime()-t0)/1e6/n + " ms/line"); }
    try (JShell s = shell()) { var an = s.sourceCodeAnalysis(); long t0 = System.nanoTime(); for (int i = 0; i < n; i++) an.sourceToSnippets("acc += " + i + ";"); System.out.println("sourceToSnippets: " + (System.nanoTime()-t0)/1e6/n + " ms/line"); }
    for (int batch : new int[] {10, 100, 1000}) {
      try (JShell s = shell()) { long t0 = System.nanoTime(); int total = 0;
        for (int i = 0; i < n * 10; i += batch) { StringBuilder b = new StringBuilder("{\n"); for (int j = i; j < i + batch; j++) b.append("gradlab$line = ").append(j).append("; acc += ").append(j).append(";\n"); b.append("}"); var ev = s.eval(b.toString()); if (ev.get(0).status() != Snippet.Status.VALID) System.out.println(ev); total += batch; }
        System.out.println("batch " + batch + ": " + (System.nanoTime()-t0)/1e6/total + " ms/line");
      }
    }
  }
}
