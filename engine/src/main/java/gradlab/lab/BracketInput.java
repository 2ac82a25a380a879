package gradlab.lab;

import gradlab.math.Algebra;
import gradlab.math.Call;
import gradlab.math.Catalogue;
import gradlab.math.Command;
import gradlab.math.ExprList;
import gradlab.math.Expression;
import gradlab.math.Power;
import gradlab.math.Product;
import gradlab.math.Relation;
import gradlab.math.Sum;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A line in Symja's bracket syntax ({@code Sin[x]}, {@code D[x^2, x]}), read by Symja's parser
 * and translated into our tree, is accepted only when every head in it is a catalogue function
 * or one of our commands ({@code D[…]} is our {@code D}, {@code Simplify[…]} our
 * {@code simplify}, so its result is checked as ours is); anything else, such as list indexing
 * {@code {1,2,3}[[2]]} or {@code x[1]}, is refused, never evaluated by Symja. Pure.
 */
final class BracketInput {
  private BracketInput() {}

  /** The tree with Symja's command heads renamed to ours; empty when one is not ours. */
  static Optional<Expression> ours(Expression e) {
    try {
      return Optional.of(rename(e));
    } catch (IllegalArgumentException foreign) {
      return Optional.empty();
    }
  }

  private static Expression rename(Expression e) {
    return switch (e) {
      case Command c -> new Command(command(c.name()), map(c.args()));
      case Sum s -> Algebra.sum(map(s.terms()));
      case Product p -> Algebra.product(map(p.factors()));
      case Power p -> Algebra.power(rename(p.base()), rename(p.exponent()));
      case Call c -> Algebra.call(c.function(), c.order(), map(c.args()));
      case Relation r -> new Relation(r.kind(), rename(r.lhs()), rename(r.rhs()));
      case ExprList l -> new ExprList(map(l.items()));
      default -> e;
    };
  }

  private static List<Expression> map(List<Expression> es) {
    return es.stream().map((UnaryOperator<Expression>) BracketInput::rename).toList();
  }

  /** Our command named {@code head}, exactly or but for case (Simplify → simplify). */
  private static String command(String head) {
    if (Catalogue.COMMANDS.containsKey(head)) {
      return head;
    }
    return Catalogue.COMMANDS.keySet().stream().filter(k -> k.equalsIgnoreCase(head))
        .findFirst().orElseThrow(() -> new IllegalArgumentException(head));
  }
}
