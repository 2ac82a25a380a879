package gradlab.repl;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * The console's JShell execution: local (snippets share this JVM and its engine), except that
 * Java typed at the prompt cannot end the console. A snippet class whose constant pool calls
 * {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt} — directly or through a
 * method reference — or refers to such a class (a method declared earlier that exits) is loaded
 * but never run: running it answers a {@code SecurityException} that names {@code :quit}. This
 * guards against accidents, not against intent (reflection and method handles looked up by name
 * pass); scripts run by {@code ./gradlab run} keep {@code System.exit} and its status.
 */
final class ExitGuard extends LocalExecutionControl {
  static final String MESSAGE = "System.exit and Runtime.halt would end the console; :quit "
      + "leaves (scripts run with ./gradlab run may call System.exit)";
  private static final int UTF8 = 1;
  private static final int CLASS = 7;
  private static final int METHODREF = 10;
  private static final int INTERFACE_METHODREF = 11;
  private static final int NAME_AND_TYPE = 12;

  /** Snippet classes (binary names) that must not run. */
  private final Set<String> exiting = ConcurrentHashMap.newKeySet();

  /** The provider for {@code JShell.builder().executionEngine(…)}. */
  static final class Provider implements ExecutionControlProvider {
    @Override
    public String name() {
      return "gradlab-local";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
      return new ExitGuard();
    }
  }

  @Override
  public void load(ClassBytecodes[] cbcs) throws ClassInstallException, NotImplementedException,
      EngineTerminationException {
    boolean changed = true;
    while (changed) { // until no class newly refers to an exiting one
      changed = false;
      for (ClassBytecodes c : cbcs) {
        if (!exiting.contains(c.name()) && exits(c.bytecodes(), exiting)) {
          exiting.add(c.name());
          changed = true;
        }
      }
    }
    super.load(cbcs);
  }

  @Override
  public String invoke(String className, String methodName) throws RunException,
      EngineTerminationException, InternalException {
    if (exiting.contains(className)) {
      throw new UserException(MESSAGE, "java.lang.SecurityException", new StackTraceElement[0]);
    }
    return super.invoke(className, methodName);
  }

  /**
   * True when the class file calls System.exit, Runtime.exit or Runtime.halt, or names one of
   * the {@code exiting} classes (binary names).
   */
  static boolean exits(byte[] classFile, Set<String> exiting) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
      in.skipBytes(8); // magic, minor and major version
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      int[] first = new int[count];
      int[] second = new int[count];
      int[] tag = new int[count];
      for (int i = 1; i < count; i++) {
        tag[i] = in.readUnsignedByte();
        switch (tag[i]) {
          case UTF8 -> utf8[i] = in.readUTF();
          case CLASS, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort();
          case 3, 4 -> in.skipBytes(4);
          case 5, 6 -> {
            in.skipBytes(8);
            i++; // longs and doubles take two entries
          }
          case 15 -> {
            in.skipBytes(1);
            first[i] = in.readUnsignedShort();
          }
          case 9, METHODREF, INTERFACE_METHODREF, NAME_AND_TYPE, 17, 18 -> {
            first[i] = in.readUnsignedShort();
            second[i] = in.readUnsignedShort();
          }
          default -> {
            return false; // a constant this reader does not know: a newer class file
          }
        }
      }
      Set<String> internal = new HashSet<>();
      exiting.forEach(n -> internal.add(n.replace('.', '/')));
      for (int i = 1; i < count; i++) {
        if (tag[i] == CLASS && internal.contains(utf8[first[i]])) {
          return true;
        }
        if (tag[i] == METHODREF || tag[i] == INTERFACE_METHODREF) {
          String owner = utf8[first[first[i]]];
          String method = utf8[first[second[i]]];
          if (owner.equals("java/lang/System") && method.equals("exit")
              || owner.equals("java/lang/Runtime") && (method.equals("exit")
                  || method.equals("halt"))) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false; // not a class file this reader understands; JShell made it, so run it
    }
  }
}
