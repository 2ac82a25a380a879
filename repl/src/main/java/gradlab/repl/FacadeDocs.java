package gradlab.repl;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code ?name} of the Java side: a method of the script facade ({@code ?audit}: its
 * signatures) or a class of gradlab's Java API ({@code ?Tensor}: its package and static
 * methods), found by reflection, so that every public name answers; "no documentation" and a
 * list of math functions told a student nothing about {@code Tensor}.
 */
final class FacadeDocs {
  private static final List<String> PACKAGES = List.of("gradlab.lab.", "gradlab.tensor.",
      "gradlab.autodiff.", "gradlab.symbolic.", "gradlab.audit.", "gradlab.nn.", "gradlab.train.",
      "gradlab.plot.", "gradlab.data.", "gradlab.check.");

  private FacadeDocs() {}

  /** The Java help for {@code name}, if it is a facade method or a gradlab class. */
  static Optional<String> lookup(String name) {
    List<String> methods = Arrays.stream(gradlab.lab.Lab.class.getMethods())
        .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getName().equals(name))
        .map(FacadeDocs::signature).distinct().sorted().toList();
    if (!methods.isEmpty()) {
      return Optional.of(name + " in Java (scripts and Java lines, from gradlab.lab.Lab):\n  "
          + String.join("\n  ", methods));
    }
    for (String p : PACKAGES) {
      try {
        Class<?> c = Class.forName(p + name);
        if (!Modifier.isPublic(c.getModifiers())) {
          continue;
        }
        String statics = Arrays.stream(c.getMethods())
            .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == c)
            .map(Method::getName).distinct().sorted().collect(Collectors.joining(", "));
        return Optional.of(name + " is a Java class (" + c.getName() + ") for scripts and Java "
            + "lines" + (statics.isEmpty() ? "" : "; static methods: " + statics)
            + "; in the console, type " + name + ". and Tab for its members");
      } catch (ClassNotFoundException | LinkageError e) {
        // not in this package
      }
    }
    return Optional.empty();
  }

  private static String signature(Method m) {
    return m.getReturnType().getSimpleName() + " " + m.getName() + "(" + Arrays.stream(
        m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")";
  }
}
