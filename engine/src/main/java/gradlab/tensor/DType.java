package gradlab.tensor;

/** Element type of a tensor. Mixed operations promote to {@link #FLOAT64}. */
public enum DType {
  FLOAT32, FLOAT64;

  static DType promote(DType a, DType b) {
    return a == FLOAT32 && b == FLOAT32 ? FLOAT32 : FLOAT64;
  }
}
