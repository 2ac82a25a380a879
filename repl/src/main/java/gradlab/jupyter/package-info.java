/**
 * The Jupyter kernel: the messaging protocol 5.3 over ZeroMQ (JeroMQ) with HMAC-SHA256
 * signatures checked on every message, heartbeat, shell, control, stdin and IOPub sockets, and
 * the kernelspec that registers the launcher with Jupyter. Cells are evaluated by a
 * {@link gradlab.repl.Session}, the same evaluator as the console's, so the rules for math and
 * Java are the same in both.
 *
 * <p>May import {@code gradlab.repl} and {@code gradlab.lab}; must not import {@code gradlab.cli}.
 */
package gradlab.jupyter;
