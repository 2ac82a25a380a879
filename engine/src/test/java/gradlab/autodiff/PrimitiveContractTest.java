package gradlab.autodiff;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.tensor.DType;
import gradlab.tensor.Kernels;
import gradlab.tensor.Tensor;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every primitive's backward rule passes the gradcheck contract. */
@Timeout(60)
class PrimitiveContractTest {

  /** A primitive applied to random inputs: the function of its leaves, and the inputs. */
  record Case(Function<List<Node>, Node> f, List<Tensor> inputs) {}

  private static Tensor rand(Random r, int... dims) {
    return Tensor.uniform(r, -1.5, 1.5, DType.FLOAT64, dims);
  }

  /** Inputs are kept away from kinks (ReLU at 0, max-pool ties) so differences are smooth. */
  static Case caseFor(Op op, Random r) {
    return switch (op) {
      case LEAF -> new Case(in -> in.get(0), List.of(rand(r, 3)));
      case CONSTANT -> {
        Tensor c = rand(r, 3);
        yield new Case(in -> Ad.add(in.get(0), Ad.constant(c)), List.of(rand(r, 3)));
      }
      case ADD -> new Case(in -> Ad.add(in.get(0), in.get(1)), List.of(rand(r, 2, 3),
          rand(r, 3)));
      case MUL -> new Case(in -> Ad.mul(in.get(0), in.get(1)), List.of(rand(r, 2, 3),
          rand(r, 2, 1)));
      case MATMUL -> new Case(in -> Ad.matmul(in.get(0), in.get(1)), List.of(rand(r, 2, 3),
          rand(r, 3, 4)));
      case POW -> new Case(in -> Ad.pow(in.get(0), 3), List.of(rand(r, 4)));
      // every catalogue function: FunctionContractTest; here σ and a two-input one
      case FUNCTION -> new Case(in -> Ad.add(Ad.sigmoid(in.get(0)),
          Ad.apply(gradlab.math.MathFunction.LOGSUMEXP, in.get(0), in.get(1))),
          List.of(rand(r, 4), rand(r, 4)));
      case RELU -> new Case(in -> Ad.relu(in.get(0)), List.of(awayFromZero(rand(r, 6))));
      case SUM -> new Case(in -> Ad.sum(in.get(0)), List.of(rand(r, 2, 3)));
      case MEAN -> new Case(in -> Ad.mean(in.get(0)), List.of(rand(r, 2, 3)));
      case SOFTMAX_CROSS_ENTROPY -> new Case(in -> Ad.softmaxCrossEntropy(in.get(0),
          Ad.constant(Tensor.of(new double[] {2, 0, 1}, 3))), List.of(rand(r, 3, 4)));
      case CONV2D -> new Case(in -> Ad.conv2d(in.get(0), in.get(1), in.get(2),
          new Kernels.Conv(2, 1)), List.of(rand(r, 2, 2, 5, 5), rand(r, 3, 2, 3, 3),
          rand(r, 3)));
      // random inputs: ties in a window or a maximum within a step of 0 are improbable
      case CONV_POOL_RELU -> new Case(in -> Ad.convPoolRelu(in.get(0), in.get(1), in.get(2),
          new Kernels.Conv(1, 0), 2), List.of(rand(r, 2, 2, 6, 6), rand(r, 3, 2, 3, 3),
          rand(r, 3)));
      case MAX_POOL2D -> new Case(in -> Ad.maxPool2d(in.get(0), 2),
          List.of(Tensor.of(distinct(r, 32), 1, 2, 4, 4)));
      case RESHAPE -> new Case(in -> Ad.reshape(in.get(0), 3, 2), List.of(rand(r, 2, 3)));
    };
  }

  private static Tensor awayFromZero(Tensor t) {
    return t.map(x -> x >= 0 ? x + 0.1 : x - 0.1);
  }

  private static double[] distinct(Random r, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = i * 0.1 + r.nextDouble() * 0.01;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      double t = v[i];
      v[i] = v[j];
      v[j] = t;
    }
    return v;
  }

  private static Case projected(Case c, Random r) {
    Tensor out = c.f().apply(c.inputs().stream().map(Ad::leaf).toList()).value();
    Tensor v = Tensor.uniform(r, -1, 1, DType.FLOAT64, out.shape().dims());
    return new Case(in -> Ad.sum(Ad.mul(c.f().apply(in), Ad.constant(v))), c.inputs());
  }

  @ParameterizedTest
  @EnumSource(Op.class)
  void finiteDifferencesAgree(Op op) {
    Random r = new Random(op.ordinal() + 1);
    Case c = projected(caseFor(op, r), r);
    GradientCheckReport report = GradientCheck.check(c.f(), c.inputs());
    assertThat(report.passed()).as(report.toString()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Op.class)
  void twoBackwardPassesAgree(Op op) {
    Random r = new Random(100 + op.ordinal());
    Case c = caseFor(op, r);
    List<Node> leaves = c.inputs().stream().map(Ad::leaf).toList();
    Node out = c.f().apply(leaves);
    Tensor up = Tensor.uniform(r, -1, 1, DType.FLOAT64, out.value().shape().dims());
    Gradients first = Gradients.backward(out, up, leaves);
    Gradients second = Gradients.backward(out, up, leaves);
    for (Node leaf : leaves) {
      assertThat(second.get(leaf).toDoubleArray()).containsExactly(
          first.get(leaf).toDoubleArray());
    }
  }

  @ParameterizedTest
  @EnumSource(Op.class)
  void zeroUpstreamGivesZeroGradientOfTheInputShape(Op op) {
    Random r = new Random(200 + op.ordinal());
    Case c = caseFor(op, r);
    List<Node> leaves = c.inputs().stream().map(Ad::leaf).toList();
    Node out = c.f().apply(leaves);
    Gradients g = Gradients.backward(out, Tensor.zeros(DType.FLOAT64,
        out.value().shape().dims()), leaves);
    for (Node leaf : leaves) {
      assertThat(g.get(leaf).shape()).isEqualTo(leaf.value().shape());
      assertThat(java.util.Arrays.stream(g.get(leaf).toDoubleArray()))
          .allMatch(v -> v == 0.0); // −0.0 counts as zero
    }
  }
}
