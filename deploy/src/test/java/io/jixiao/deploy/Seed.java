package io.jixiao.deploy;

import java.security.SecureRandom;

/**
 * The seed of a randomized test: a new one every run, unless the system property names one to replay
 * ({@code mvn ... -Djixiao.fuzz.seed=123}). It is printed before the run and written into any failure, so a failure
 * seen once in CI can be replayed exactly.
 */
record Seed(String property, long value) {

    interface Run {
        void with(long seed) throws Exception;
    }

    static Seed of(String property) {
        String given = System.getProperty(property);
        long value = given == null || given.isBlank() ? new SecureRandom().nextLong() : Long.parseLong(given.strip());
        return new Seed(property, value);
    }

    String replay() {
        return "-D" + property + "=" + value;
    }

    /** Runs with the seed; a failure names it and how to replay it. */
    void run(Run run) throws Exception {
        System.out.printf("Random seed %d (replay with %s)%n", value, replay());
        try {
            run.with(value);
        } catch (AssertionError e) {
            throw new AssertionError("[seed " + value + ", replay with " + replay() + "] " + e.getMessage(), e);
        }
    }
}
