package gradlab.polyglot;

import gradlab.tensor.Tensor;
import java.util.Arrays;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.proxy.ProxyArray;

/** A tensor as guest scripts see it: shape, elements, list form and a few operations. */
public final class GuestTensor {
  private final Tensor t;

  GuestTensor(Tensor t) {
    this.t = t;
  }

  @HostAccess.Export
  public ProxyArray shape() {
    return ProxyArray.fromArray(Arrays.stream(t.shape().dims()).boxed().toArray());
  }

  /** The element at a flat row-major index. */
  @HostAccess.Export
  public double at(int flat) {
    return t.at(flat);
  }

  /** All elements, row-major, as a flat guest array. */
  @HostAccess.Export
  public ProxyArray values() {
    return ProxyArray.fromArray(Arrays.stream(t.toDoubleArray()).boxed().toArray());
  }

  @HostAccess.Export
  public GuestTensor matmul(GuestTensor other) {
    return new GuestTensor(t.matmul(other.t));
  }

  @HostAccess.Export
  public GuestTensor add(GuestTensor other) {
    return new GuestTensor(t.add(other.t));
  }

  @HostAccess.Export
  public GuestTensor mul(GuestTensor other) {
    return new GuestTensor(t.mul(other.t));
  }

  @HostAccess.Export
  public double sum() {
    return t.sum();
  }

  @Override
  @HostAccess.Export
  public String toString() {
    return t.toString();
  }
}
