package io.jixiao.platform.storage;

/**
 * Called after a commit was written and before the append returns, so that an acknowledged command survives a crash.
 * <p>
 * A real MongoDB makes writes durable through its write concern, so it needs {@link #NONE}; the embedded server
 * commits its H2 file on demand instead.
 */
@FunctionalInterface
public interface DurabilityBarrier {

    DurabilityBarrier NONE = () -> { };

    /** Returns once every write completed before the call is durable; throws if that cannot be promised. */
    void awaitDurable();
}
