package gradlab.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vector written out by its components, {@code $x = (1, 2, 3)$}, {@code $\mathbf{a} = (1,
 * 0)^\top$}, {@code $w = [1, -1]$}, and its members {@code x_1}, {@code x_{2}},
 * {@code \mathbf{x}_3}. The round brackets are read as the square ones are (a list, the
 * definition of the vector); a pair on both sides, {@code (x, y) = (1, 2)}, is not one name
 * and stays what it was. Where the math is one inline relation (or a {@code $$…$$} on one
 * line), the name is given a value nowhere else and its entries do not name it, each member is
 * stated after it as a named point, {@code $x_{1} = 1$}: which entry {@code x_k} is depends on
 * the count's base. The text decides it when it names member 0 of that name (CS231n's
 * x₀ … x_{n−1}) and not member n, or member n and not member 0; otherwise both readings are
 * written ({@link #rewrite} with {@code zeroWhereAmbiguous}) and the document is checked under
 * each ({@link MemberBases}).
 */
final class ComponentVectors {
  private static final String BOLD = "\\\\(?:mathbf|boldsymbol|bm|vec)\\{";
  /** A Greek letter, a decorated name or one with scripts: the definition only, no members. */
  private static final String OTHER = "(?:\\\\(?:mathbf|boldsymbol|bm|vec|tilde|hat|bar)\\{)?"
      + "(?:\\\\(?:" + String.join("|", LatexNames.GREEK) + ")(?![A-Za-z])|[A-Za-z](?![A-Za-z]))"
      + "\\}?(?:\\s*[_^]\\s*(?:\\{[^{}=]*\\}|[A-Za-z0-9]))*";
  private static final Pattern HEAD = Pattern.compile("^\\s*(?:" + BOLD + "([A-Za-z])\\}|"
      + "([A-Za-z])(?![A-Za-z])(?!\\s*[_^])|" + OTHER + ")\\s*=\\s*(?:\\\\left\\s*)?([(\\[])");
  private static final String T = "(?:\\\\top|T|\\\\intercal|\\\\math(?:sf|rm)\\{T\\})";
  private static final Pattern AFTER = Pattern.compile("^\\s*(?:\\^\\s*(?:" + T + "|\\{\\s*" + T
      + "\\s*\\}))?\\s*[.,;]?\\s*$");
  private static final Pattern ELIDED = Pattern.compile("\\\\[lc]?dots|…|\\.\\.\\.");

  /** The base of a vector's members. */
  enum Base { ZERO, ONE, AMBIGUOUS, NONE }

  /** One vector written out: its letter, entries, and the span of its math on its line. */
  record Written(String letter, List<String> entries, boolean inline) {}

  private ComponentVectors() {}

  /** Whether some vector's members are named in the text but their base is not decided. */
  static boolean ambiguous(String text) {
    return bases(text).containsValue(Base.AMBIGUOUS);
  }

  /**
   * The text with each written-out vector's round brackets read as square ones and its members
   * stated after it; where the base is ambiguous, counted from 0 if {@code zeroWhereAmbiguous},
   * else from 1; {@code null} states no member whose base is ambiguous.
   */
  static String rewrite(String text, Boolean zeroWhereAmbiguous) {
    if (!text.contains("=") || !(text.contains("(") || text.contains("["))) {
      return text;
    }
    Map<String, Base> bases = bases(text);
    String[] lines = text.split("\n", -1);
    boolean display = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.strip().equals("$$") || line.strip().equals("\\[") || line.strip().equals("\\]")) {
        display = !display;
        continue;
      }
      if (display) {
        Written w = written(line);
        if (w != null && line.contains("(")) {
          lines[i] = squared(line);
        }
        continue;
      }
      StringBuilder b = new StringBuilder();
      int at = 0;
      for (int[] span : spans(line)) {
        String math = line.substring(span[0], span[1]);
        Written w = written(math);
        b.append(line, at, span[0]).append(w == null ? math : squared(math));
        int end = span[1] + span[2];
        b.append(line, span[1], end);
        at = end;
        if (w != null) {
          Base base = bases.getOrDefault(w.letter(), Base.NONE);
          if (base == Base.AMBIGUOUS) {
            base = zeroWhereAmbiguous == null ? Base.NONE
                : zeroWhereAmbiguous ? Base.ZERO : Base.ONE;
          }
          if (base == Base.ZERO || base == Base.ONE) {
            for (int k = 0; k < w.entries().size(); k++) {
              b.append(" $").append(w.letter()).append("_{").append(base == Base.ZERO ? k : k + 1)
                  .append("} = ").append(w.entries().get(k).strip()).append('$');
            }
          }
        }
      }
      b.append(line.substring(at));
      lines[i] = b.toString();
    }
    return String.join("\n", lines);
  }

  /** Each vector letter whose members are named, with its base. */
  static Map<String, Base> bases(String text) {
    Map<String, List<Written>> found = new LinkedHashMap<>();
    boolean display = false;
    for (String line : text.split("\n", -1)) {
      String s = line.strip();
      if (s.equals("$$") || s.equals("\\[") || s.equals("\\]")) {
        display = !display;
        continue;
      }
      List<String> maths = new ArrayList<>();
      if (display) {
        maths.add(line);
      } else {
        for (int[] span : spans(line)) {
          maths.add(line.substring(span[0], span[1]));
        }
      }
      for (String math : maths) {
        Written w = written(math);
        if (w != null && w.letter() != null) {
          found.computeIfAbsent(w.letter(), x -> new ArrayList<>())
              .add(new Written(w.letter(), w.entries(), !display));
        }
      }
    }
    Map<String, Base> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<Written>> e : found.entrySet()) {
      String letter = e.getKey();
      List<Written> ws = e.getValue();
      Written w = ws.get(0);
      Set<Integer> named = members(text, letter);
      named.addAll(SumIndexBases.named(text, letter, w.entries().size())); // Σ_{i=1}^K y_i
      if (ws.size() != 1 || !w.inline() || named.isEmpty() || assignments(text, letter) != 1
          || w.entries().stream().anyMatch(x -> names(x, letter))) {
        continue; // given twice, or a value elsewhere, or its entries name it: no members
      }
      int n = w.entries().size();
      boolean zero = named.contains(0);
      boolean last = named.contains(n);
      out.put(letter, zero == last ? Base.AMBIGUOUS : zero ? Base.ZERO : Base.ONE);
    }
    return out;
  }

  /** The vector that {@code math} (one relation) writes out, or null. */
  static Written written(String math) {
    Matcher m = HEAD.matcher(math);
    if (!m.find()) {
      return null;
    }
    int open = m.start(3);
    int close = closing(math, open);
    if (close < 0 || !AFTER.matcher(math.substring(close + 1)).matches()) {
      return null;
    }
    String inner = math.substring(open + 1, close).replaceAll("\\\\right\\s*$", "");
    List<String> entries = TopLevel.split(inner, ',');
    if (entries.size() < 2 || entries.stream().anyMatch(x -> x.isBlank()
        || ELIDED.matcher(x).find() || x.contains("=") || x.contains("&"))) {
      return null;
    }
    String letter = m.group(1) != null ? m.group(1) : m.group(2); // null: no members
    return new Written(letter, List.copyOf(entries), true);
  }

  /** The math with the vector's round brackets as square ones. */
  private static String squared(String math) {
    Matcher m = HEAD.matcher(math);
    if (!m.find() || !m.group(3).equals("(")) {
      return math;
    }
    int open = m.start(3);
    int close = closing(math, open);
    return math.substring(0, open) + "[" + math.substring(open + 1, close) + "]"
        + math.substring(close + 1);
  }

  /** Where the bracket opening at {@code open} closes, if with its own kind; else -1. */
  private static int closing(String s, int open) {
    int k = ClaimForms.closing(s, open);
    return k >= 0 && s.charAt(k) == (s.charAt(open) == '(' ? ')' : ']') ? k : -1;
  }

  /** The inline math spans of a line: {start, end of the content, length of the closing $}. */
  private static List<int[]> spans(String line) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      int open = line.indexOf('$', i);
      if (open < 0 || (open > 0 && line.charAt(open - 1) == '\\')) {
        if (open < 0) {
          break;
        }
        i = open + 1;
        continue;
      }
      String delim = line.startsWith("$$", open) ? "$$" : "$";
      int start = open + delim.length();
      int close = line.indexOf(delim, start);
      if (close < 0) {
        break;
      }
      out.add(new int[] {start, close, delim.length()});
      i = close + delim.length();
    }
    return out;
  }

  /** The members of {@code letter} the text names: x_1, x_{2}, \mathbf{x}_3. */
  private static Set<Integer> members(String text, String letter) {
    Matcher m = Pattern.compile("(?<![A-Za-z\\\\])(?:" + letter + "|" + BOLD + letter + "\\})"
        + "\\s*_\\s*(?:\\{\\s*(\\d+)\\s*\\}|(\\d)(?!\\d))").matcher(text);
    Set<Integer> out = new LinkedHashSet<>();
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
    }
    return out;
  }

  /**
   * How often the text gives {@code letter} or one of its members a value, x = …, x_1 = …, at
   * the start of a relation (x_1 + x_3 = 4 gives none).
   */
  private static int assignments(String text, String letter) {
    Matcher m = Pattern.compile("(?m)(?:^|[$,&;:]|\\\\quad|\\\\qquad|\\\\\\\\|\\\\text\\{[^{}]*\\})"
        + "\\s*(?:" + letter + "|" + BOLD + letter
        + "\\})(?:\\s*_\\s*(?:\\{[^{}]*\\}|[A-Za-z0-9]))?\\s*(?::=|=|\\\\leftarrow|\\\\gets"
        + "|\\\\coloneqq)").matcher(text);
    int count = 0;
    while (m.find()) {
      count++;
    }
    return count;
  }

  private static boolean names(String entry, String letter) {
    return Pattern.compile("(?<![A-Za-z\\\\])" + letter + "(?![A-Za-z])").matcher(entry).find();
  }
}
