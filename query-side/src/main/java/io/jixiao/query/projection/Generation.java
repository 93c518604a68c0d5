package io.jixiao.query.projection;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Which generation of a read model's collections its stores read and write. Generation 0 is the collections'
 * plain names (what installations made before generations existed keep); generation N names them
 * {@code <name>_g<N>}. A store asks at every access, so a switch is seen by every reader of the process at once.
 */
public final class Generation {
    private volatile int active;
    private final List<Runnable> onSwitch = new CopyOnWriteArrayList<>();

    private Generation(int active) {
        this.active = active;
    }

    /** A generation that stays where it is: the stores a rebuild writes, or a store on its own. */
    public static Generation fixed(int generation) {
        return new Generation(generation);
    }

    /** The first generation of an installation: the plain collection names. */
    public static Generation first() {
        return fixed(0);
    }

    static Generation switchable(int active) {
        return new Generation(active);
    }

    public static String collection(String name, int generation) {
        return generation == 0 ? name : name + "_g" + generation;
    }

    public String collection(String name) {
        return collection(name, active);
    }

    public int active() {
        return active;
    }

    /** What a store must forget when it reads another generation (its cached states). */
    public void onSwitch(Runnable forget) {
        onSwitch.add(forget);
    }

    void switchTo(int generation) {
        if (generation != active) {
            active = generation;
            onSwitch.forEach(Runnable::run);
        }
    }
}
