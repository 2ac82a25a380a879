package gradlab.symbolic;

/**
 * The interval of pre-activations where |w|·σ′(wz + b) ≥ 1, for |w| = W > 4.
 *
 * @param sMinus the smaller root s₋ of W·s(1 − s) = 1 (s = σ(wz + b))
 * @param sPlus the larger root s₊
 * @param complement proof that 1 − s₊ = s₋, which makes logit(s₋) = −logit(s₊)
 * @param width the derived width (2/W)·ln(s₊/s₋) of the z-interval
 * @param seedFormula the problem set's (2/W)·ln(W(1 + √(1 − 4/W))/2 − 1)
 * @param agreement the prover's verdict on width = seed formula, for W ∈ (4, 40)
 */
public record WindowWidth(Expr sMinus, Expr sPlus, IdentityVerdict complement, Expr width,
    Expr seedFormula, IdentityVerdict agreement) {}
