package io.jixiao.deploy.bench;

import java.nio.file.Path;

/** Generates a district into a data directory and checks it folds clean, without starting anything. */
public final class GenerateOnly {
    private GenerateOnly() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        BenchScale scale = BenchScale.named(args[0]);
        if (args.length > 3) {
            scale = scale.withFormsPerYear(Integer.parseInt(args[3]));
        }
        DistrictGenerator generator = new DistrictGenerator(scale, Long.parseLong(args[1]));
        long start = System.nanoTime();
        Path dir = Path.of(args[2]);
        generator.district().write(dir.resolve("organization.yml"));
        long events = generator.generate(dir);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("generated %d events in %.1f s (%.0f events/s): %s%n", events, seconds, events / seconds,
                generator.summary());
        start = System.nanoTime();
        System.out.printf("verify: %s differing, %.1f s%n", generator.verify(dir),
                (System.nanoTime() - start) / 1e9);
        System.exit(0);
    }
}
